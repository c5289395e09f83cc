// The detail page lives in detail/ with its tabs; the route imports this module.
export { default } from './detail/ApplicationDetailPage';
