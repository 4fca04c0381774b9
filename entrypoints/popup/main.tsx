import { render } from 'preact';
import { App } from './App';
import { uiLang } from '../../components/i18n';
import { requestReport } from '../../components/use-popup-state';
import '../../components/theme.css';
import './popup.css';

// The report is asked for first, so the background's answer travels while the page renders.
const first = requestReport(location.search);
document.documentElement.lang = uiLang();
render(<App first={first} />, document.getElementById('app')!);
