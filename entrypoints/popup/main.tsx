import { render } from 'preact';
import { App } from './App';
import { uiLang } from '../../components/i18n';
import '../../components/theme.css';
import './popup.css';

document.documentElement.lang = uiLang();
render(<App search={location.search} />, document.getElementById('app')!);
