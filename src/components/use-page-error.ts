import { useLazyModule } from './use-lazy-module';

const loadPageError = () => import('./page-error');

/** The page-error words and components (./page-error, a chunk of its own), once they have arrived. */
export function usePageError() {
  return useLazyModule(loadPageError);
}
