import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import './base.css';
import './popup.css';

render(<Popup />, document.getElementById('app') as HTMLElement);
