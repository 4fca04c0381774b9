import { render } from 'preact';
import { App } from './App';
import { msg, uiLang } from '../../components/i18n';
import '../../components/theme.css';
import './options.css';

document.documentElement.lang = uiLang();
document.title = msg('optionsTitle');
render(<App />, document.getElementById('app')!);
