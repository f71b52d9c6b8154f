/**
 * The one inline script on every page: applies the reader's saved theme before first paint, so
 * the wrong theme never flashes. The Content Security Policy allows it by its hash
 * (`src/config/csp.ts`), so any change here changes the policy with it.
 */
export const THEME_BOOT_SCRIPT = "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";
