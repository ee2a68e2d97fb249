import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { openDb } from '@/utils/db';

render(<Dashboard db={openDb()} send={(message) => browser.runtime.sendMessage(message)} />, document.getElementById('app')!);
