/**
 * lightning/platformResourceLoader: loads a script or a style sheet once per URL. Static resources are
 * copied into the preview under resources/ (see @salesforce/resourceUrl).
 */
const loaded = new Map();

function load(url, make) {
  if (!loaded.has(url))
    loaded.set(
      url,
      new Promise((resolve, reject) => {
        const element = make(url);
        element.onload = () => resolve();
        element.onerror = () => reject(new Error(`Could not load ${url}`));
        document.head.appendChild(element);
      })
    );
  return loaded.get(url);
}

export function loadScript(_component, url) {
  return load(url, (src) => Object.assign(document.createElement('script'), { src }));
}

export function loadStyle(_component, url) {
  return load(url, (href) => Object.assign(document.createElement('link'), { href, rel: 'stylesheet' }));
}
