import { render } from 'preact';
import { Options } from '@/components/options/Options';
import '../popup/base.css';
import './options.css';

render(<Options />, document.getElementById('app') as HTMLElement);
