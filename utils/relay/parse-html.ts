// Store fragments (`?wc-ajax=` answers) are read as an inert document: DOMParser runs no scripts
// and loads nothing, and nothing parsed here is ever put into a page or an extension view.
export const parseInertHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
