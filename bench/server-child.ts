// Browser mode's server in a process of its own, as `npm run web` runs it, so HTTP load is real and
// the backend's peak memory can be read: it tells the parent its URL and, when asked, its peak RSS.
import { openBackend } from '../electron/backend/backend.ts';
import { startWebServer } from '../electron/web/server.ts';

const [db, uiRoot] = process.argv.slice(2) as [string, string];
const backend = openBackend(db);
const web = await startWebServer(backend, { port: 0, uiRoot });
// browser mode asks for a session: the bench signs in as its own administrator
const account = { username: 'bench', password: 'bench-password' };
const status = await backend.invoke('auth.status', {});
const { token } = status.hasUsers
  ? await backend.invoke('auth.login', account)
  : await backend.invoke('auth.setup', { ...account, displayName: '性能测试' });
process.send!({ url: web.url, token });
process.on('message', (message) => {
  if (message === 'rss') process.send!({ maxRssKb: process.resourceUsage().maxRSS, rssKb: Math.round(process.memoryUsage.rss() / 1024) });
  if (message === 'stop') void web.close().then(() => backend.close()).then(() => process.exit(0));
});
