import { PageHeader } from '../../ui/PageHeader';

/** Placeholder until this screen is built (issue 8). */
export default function ApplicationListPage() {
  return <PageHeader title="ApplicationListPage" />;
}
