import type { PageFacts } from '@/utils/wc/page-facts';
import type { AdminScreen } from '@/utils/wc/page-type';

// wp-admin screens from the admin URL (`adminPage`, else the URL) and body classes.

interface AdminQuery {
  file: string;
  params: URLSearchParams;
}

/** Parse 'admin.php?page=wc-orders' (or a full /wp-admin/ URL) into file name and query. */
export function parseAdminQuery(adminPage: string | undefined, url: string): AdminQuery | undefined {
  const source = adminPage ?? adminPart(url);
  if (source === undefined) return undefined;
  const [path = '', query = ''] = source.split('?', 2);
  const file = path.split('/').pop() || 'index.php';
  return { file, params: new URLSearchParams(query) };
}

function adminPart(url: string): string | undefined {
  try {
    const u = new URL(url);
    const at = u.pathname.indexOf('/wp-admin/');
    return at < 0 ? undefined : u.pathname.slice(at + '/wp-admin/'.length) + u.search;
  } catch {
    return undefined;
  }
}

const WC_SETTINGS_PAGES = new Set(['wc-settings', 'wc-status', 'wc-addons', 'wc-reports']);

function adminPhp(page: string, params: URLSearchParams): AdminScreen {
  if (page === 'wc-orders' || page.startsWith('wc-orders--')) {
    const action = params.get('action');
    const screen = action === 'edit' || action === 'new' ? 'order-edit' : 'orders-list';
    return { screen, storage: 'hpos', slug: page };
  }
  if (page === 'wc-admin') {
    const path = params.get('path') ?? '';
    if (path.startsWith('/customers')) return { screen: 'customers', slug: page };
    if (path.startsWith('/analytics')) return { screen: 'analytics', slug: page };
    return { screen: 'wc-admin', slug: page };
  }
  if (WC_SETTINGS_PAGES.has(page)) return { screen: 'settings', slug: page };
  return { screen: 'plugin-settings', slug: page };
}

function postScreen(file: string, postType: string | null, action: string | null, body: Set<string>): AdminScreen | undefined {
  const type = postType ?? [...body].find((c) => c.startsWith('post-type-'))?.slice('post-type-'.length);
  const isEdit = file === 'post-new.php' || (file === 'post.php' && action === 'edit');
  if (type === 'shop_order' && file === 'edit.php') return { screen: 'orders-list', storage: 'legacy' };
  if (type === 'shop_order' && isEdit) return { screen: 'order-edit', storage: 'legacy' };
  if (type === 'product' && file === 'edit.php') return { screen: 'products' };
  if (type === 'product' && isEdit) return { screen: 'product-edit' };
  return undefined;
}

/** Which wp-admin screen this is, or undefined when the page is not in wp-admin. */
export function adminScreen(facts: PageFacts): AdminScreen | undefined {
  const body = new Set(facts.bodyClasses);
  const query = parseAdminQuery(facts.adminPage, facts.url);
  if (!query && !body.has('wp-admin')) return undefined;
  const { file, params } = query ?? { file: 'index.php', params: new URLSearchParams() };
  const page = params.get('page');
  if (page) return file === 'admin.php' || file === 'edit.php' ? pageParam(file, page, params) : { screen: 'plugin-settings', slug: page };
  return postScreen(file, params.get('post_type'), params.get('action'), body) ?? { screen: 'other' };
}

function pageParam(file: string, page: string, params: URLSearchParams): AdminScreen {
  // edit.php?post_type=product&page=product_attributes etc. are WooCommerce product sub-screens.
  if (file === 'edit.php' && params.get('post_type') === 'product') return { screen: 'products', slug: page };
  return adminPhp(page, params);
}
