import { screen } from '@testing-library/react';
import { renderScreen, CALLERS } from '../../test/render';
import DashboardPage from './DashboardPage';

it('the test harness renders a screen signed in', async () => {
  renderScreen(<DashboardPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
});
