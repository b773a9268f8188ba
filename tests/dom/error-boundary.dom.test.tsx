import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelFrame, type PanelQueryState } from '../../src/components/panel-frame';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import { replaceView } from '../../src/filters/store';

// The real PanelFrame around a child that crashes while rendering: the crash stays inside its panel.
const ready: PanelQueryState = { status: 'success', error: null, refetch: () => undefined };

/** Throws on render while `broken.now` is true, like a panel meeting data it cannot draw. */
const broken = { now: true, renders: 0 };
function Fragile() {
  broken.renders += 1;
  if (broken.now) throw new Error('cannot read the figure “x”');
  return <p data-testid="fragile-body">drawn</p>;
}

function Dashboard() {
  return (
    <>
      <PanelFrame
        id="fragile"
        lang="zh"
        kicker="易碎面板"
        query={ready}
        sources={[]}
        minHeight={100}
      >
        <Fragile />
      </PanelFrame>
      <PanelFrame
        id="steady"
        lang="zh"
        kicker="稳定面板"
        query={ready}
        sources={[]}
        minHeight={100}
      >
        <p data-testid="steady-body">still here</p>
      </PanelFrame>
    </>
  );
}

describe('a panel whose content throws while rendering', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    replaceView(DEFAULT_VIEW);
    broken.now = true;
    broken.renders = 0;
    // React reports the error its boundary caught through console.error; expected here, and only here.
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('shows the error with a retry button in that panel; the sibling panel stays rendered', () => {
    const { container } = render(<Dashboard />);
    const fragile = container.querySelector('[data-panel="fragile"]') as HTMLElement;
    const steady = container.querySelector('[data-panel="steady"]') as HTMLElement;
    const alert = within(fragile).getByRole('alert');
    expect(alert).toHaveTextContent('此面板显示出错');
    expect(alert).toHaveTextContent('cannot read the figure “x”');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
    // The panel keeps its heading: the reader knows which panel failed.
    expect(within(fragile).getByRole('heading', { level: 2 })).toHaveTextContent('易碎面板');
    expect(within(fragile).queryByTestId('fragile-body')).toBeNull();
    // The sibling: its body, its heading, no alert.
    expect(within(steady).getByTestId('steady-body')).toHaveTextContent('still here');
    expect(within(steady).queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    // The crash was reported (to the console), not swallowed silently.
    expect(consoleError).toHaveBeenCalled();
  });

  it('retry draws the child once it no longer throws', async () => {
    const user = userEvent.setup();
    const { container } = render(<Dashboard />);
    const fragile = container.querySelector('[data-panel="fragile"]') as HTMLElement;
    broken.now = false;
    await user.click(within(fragile).getByRole('button', { name: '重试' }));
    expect(await within(fragile).findByTestId('fragile-body')).toHaveTextContent('drawn');
    expect(within(fragile).queryByRole('alert')).toBeNull();
    expect(
      container.querySelector('[data-panel="steady"] [data-testid="steady-body"]'),
    ).not.toBeNull();
  });

  it('retry while the child still throws shows the error again, not a blank panel', async () => {
    const user = userEvent.setup();
    const { container } = render(<Dashboard />);
    const fragile = container.querySelector('[data-panel="fragile"]') as HTMLElement;
    const before = broken.renders;
    await user.click(within(fragile).getByRole('button', { name: '重试' }));
    expect(broken.renders).toBeGreaterThan(before);
    expect(within(fragile).getByRole('alert')).toHaveTextContent('此面板显示出错');
    expect(within(fragile).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
