import { render } from 'preact';
import { FakeSiteHelp } from '@/components/fake-site-help/FakeSiteHelp';
import '../popup/base.css';
import './fake-site-help.css';

render(<FakeSiteHelp />, document.getElementById('app') as HTMLElement);
