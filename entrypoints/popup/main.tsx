import { render } from 'preact';
import { Popup } from '@/components/Popup';
import './base.css';
import './popup.css';

render(<Popup />, document.getElementById('app') as HTMLElement);
