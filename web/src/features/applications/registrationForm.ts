import type { AppRegistrySchemas } from '../../api/client';

export type ApplicationForm = AppRegistrySchemas['ApplicationForm'];
type ContactForm = AppRegistrySchemas['ContactForm'];
type Enum<K extends keyof ApplicationForm> = NonNullable<ApplicationForm[K]>;

/** The registration form as the inputs hold it: strings ('' = not given), lists, and nested parts flattened. */
export interface FormValues {
  name: string;
  description: string;
  ownerOpd: string;
  applicationClass: string;
  userOpds: string[];
  serviceType: string;
  functionDomains: string[];
  licenceKind: string;
  spdxId: string;
  sourceRepositoryUrl: string;
  techStack: string[];
  database: string;
  hostingKind: string;
  hostingReference: string;
  url: string;
  maintenanceType: string;
  maintainer: string;
  contractNumber: string;
  contractEndsOn: string;
  contacts: { name: string; role: string; email: string; phone: string }[];
  developmentStatus: string;
  platforms: string[];
  categories: string[];
  features: string[];
}

export const EMPTY_FORM: FormValues = {
  name: '',
  description: '',
  ownerOpd: '',
  applicationClass: '',
  userOpds: [],
  serviceType: '',
  functionDomains: [],
  licenceKind: '',
  spdxId: '',
  sourceRepositoryUrl: '',
  techStack: [],
  database: '',
  hostingKind: '',
  hostingReference: '',
  url: '',
  maintenanceType: '',
  maintainer: '',
  contractNumber: '',
  contractEndsOn: '',
  contacts: [],
  developmentStatus: '',
  platforms: [],
  categories: [],
  features: [],
};

/** One client-side finding: the i18n key (namespace applications) and its values. */
export interface Invalid {
  key: string;
  values?: Record<string, unknown>;
}

// The published constraints of ApplicationForm (openapi/app-registry-service.json), mirrored so most mistakes are
// caught before the round trip; the server's 400 stays the authority.
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/;
const PHONE_PATTERN = /^\+?[0-9 ()-]{6,30}$/;
const CATEGORY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// As lenient as Jakarta's @Email: something@something, no spaces.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

export const LIMITS = {
  name: 200,
  description: 4000,
  userOpds: 100,
  spdxId: 100,
  sourceRepositoryUrl: 500,
  techStack: { items: 30, length: 80 },
  database: 120,
  hostingReference: 200,
  url: 500,
  maintainer: 200,
  contractNumber: 100,
  contacts: 20,
  contactName: 120,
  contactRole: 80,
  contactEmail: 200,
  contactPhone: 30,
  platforms: { items: 10, length: 40 },
  categories: { items: 20, length: 60 },
  features: { items: 30, length: 200 },
} as const;

/** Field path (as the server names it in errors[]) → what is wrong. Empty: the form may be sent. */
export function validate(values: FormValues): Record<string, Invalid> {
  const errors: Record<string, Invalid> = {};
  const text = (path: string, value: string, max: number, required = false) => {
    if (required && !value.trim()) errors[path] = { key: 'validation.required' };
    else if (value.trim().length > max) errors[path] = { key: 'validation.maxLength', values: { max } };
  };
  const link = (path: string, value: string, max: number) => {
    text(path, value, max);
    if (!errors[path] && value.trim() && !URL_PATTERN.test(value.trim())) errors[path] = { key: 'validation.url' };
  };
  const list = (path: string, value: string[], limit: { items: number; length: number }, pattern?: RegExp, patternKey?: string) => {
    if (value.length > limit.items) errors[path] = { key: 'validation.maxItems', values: { max: limit.items } };
    else if (value.some((v) => v.length > limit.length)) errors[path] = { key: 'validation.itemMaxLength', values: { max: limit.length } };
    else if (pattern && value.some((v) => !pattern.test(v))) errors[path] = { key: patternKey! };
  };

  text('name', values.name, LIMITS.name, true);
  text('description', values.description, LIMITS.description);
  if (!values.applicationClass) errors.applicationClass = { key: 'validation.required' };
  if (values.userOpds.length > LIMITS.userOpds) errors.userOpds = { key: 'validation.maxItems', values: { max: LIMITS.userOpds } };
  if (values.licenceKind) text('licence.spdxId', values.spdxId, LIMITS.spdxId);
  link('sourceRepositoryUrl', values.sourceRepositoryUrl, LIMITS.sourceRepositoryUrl);
  list('techStack', values.techStack, LIMITS.techStack);
  text('database', values.database, LIMITS.database);
  if (values.hostingKind) text('hosting.reference', values.hostingReference, LIMITS.hostingReference);
  link('url', values.url, LIMITS.url);
  if (values.maintenanceType) {
    text('maintenance.maintainer', values.maintainer, LIMITS.maintainer);
    text('maintenance.contractNumber', values.contractNumber, LIMITS.contractNumber);
  }
  values.contacts.forEach((contact, i) => {
    text(`contacts[${i}].name`, contact.name, LIMITS.contactName, true);
    text(`contacts[${i}].role`, contact.role, LIMITS.contactRole);
    text(`contacts[${i}].email`, contact.email, LIMITS.contactEmail);
    if (!errors[`contacts[${i}].email`] && contact.email.trim() && !EMAIL_PATTERN.test(contact.email.trim())) {
      errors[`contacts[${i}].email`] = { key: 'validation.email' };
    }
    if (contact.phone.trim() && !PHONE_PATTERN.test(contact.phone.trim())) errors[`contacts[${i}].phone`] = { key: 'validation.phone' };
  });
  list('platforms', values.platforms, LIMITS.platforms);
  list('categories', values.categories, LIMITS.categories, CATEGORY_PATTERN, 'validation.category');
  list('features', values.features, LIMITS.features);
  return errors;
}

const given = (value: string) => (value.trim() ? value.trim() : undefined);

/** The request body of POST /api/v1/applications: parts not filled in are left out, not sent empty. */
export function toRequest(values: FormValues): ApplicationForm {
  const contacts: ContactForm[] = values.contacts.map((c) => ({
    name: c.name.trim(),
    role: given(c.role),
    email: given(c.email),
    phone: given(c.phone),
  }));
  return {
    name: values.name.trim(),
    description: given(values.description),
    ownerOpd: given(values.ownerOpd),
    applicationClass: values.applicationClass as Enum<'applicationClass'>,
    userOpds: values.userOpds.length ? values.userOpds : undefined,
    serviceType: (given(values.serviceType) as Enum<'serviceType'>) ?? undefined,
    functionDomains: values.functionDomains.length ? (values.functionDomains as Enum<'functionDomains'>) : undefined,
    licence: values.licenceKind
      ? { kind: values.licenceKind as 'OPEN_SOURCE' | 'CLOSED_SOURCE', spdxId: given(values.spdxId) }
      : undefined,
    sourceRepositoryUrl: given(values.sourceRepositoryUrl),
    techStack: values.techStack.length ? values.techStack : undefined,
    database: given(values.database),
    hosting: values.hostingKind
      ? { kind: values.hostingKind as AppRegistrySchemas['HostingForm']['kind'], reference: given(values.hostingReference) }
      : undefined,
    url: given(values.url),
    maintenance: values.maintenanceType
      ? {
          type: values.maintenanceType as AppRegistrySchemas['MaintenanceForm']['type'],
          maintainer: given(values.maintainer),
          contractNumber: given(values.contractNumber),
          contractEndsOn: given(values.contractEndsOn),
        }
      : undefined,
    contacts: contacts.length ? contacts : undefined,
    developmentStatus: (given(values.developmentStatus) as Enum<'developmentStatus'>) ?? undefined,
    platforms: values.platforms.length ? values.platforms : undefined,
    categories: values.categories.length ? values.categories : undefined,
    features: values.features.length ? values.features : undefined,
  };
}
