import { PageHeader } from '../../ui/PageHeader';

/** Placeholder until this screen is built (issue 8). */
export default function RegisterApplicationPage() {
  return <PageHeader title="RegisterApplicationPage" />;
}
