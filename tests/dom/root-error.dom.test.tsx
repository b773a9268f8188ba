import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RootErrorBoundary } from '../../src/components/root-error';

// The root boundary of every entry: a crash anywhere in the page shows what happened, in the link's
// language, with a reload button; never a white page.
function Broken(): never {
  throw new TypeError('Object.hasOwn is not a function');
}

describe('the root error boundary', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    consoleError.mockRestore();
    window.history.replaceState(null, '', '/');
  });

  it('says the page hit an error in this browser, names the browser and the error, offers a reload', async () => {
    render(
      <RootErrorBoundary>
        <Broken />
      </RootErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    // At once the error line; the words (a chunk of their own) follow.
    expect(alert).toHaveTextContent('TypeError: Object.hasOwn is not a function');
    await screen.findByText('本页面在此浏览器中出错');
    expect(alert).toHaveTextContent('TypeError: Object.hasOwn is not a function');
    expect(alert).toHaveTextContent('浏览器:');
    expect(alert).not.toHaveTextContent(/could not be fetched|无法获取|reachable/);
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });

  it('in English on an English link', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    render(
      <RootErrorBoundary>
        <Broken />
      </RootErrorBoundary>,
    );
    await screen.findByText('The page hit an error in this browser');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
