import { render } from 'preact';
import { PageReport } from '@/components/page-report/PageReport';
import '../popup/base.css';
import './page-report.css';

render(
  <PageReport id={new URLSearchParams(location.search).get('id')} />,
  document.getElementById('app') as HTMLElement,
);
