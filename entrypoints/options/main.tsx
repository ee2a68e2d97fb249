import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/OptionsPage';

render(<OptionsPage storage={browser.storage.local} search={location.search} />, document.getElementById('app')!);
