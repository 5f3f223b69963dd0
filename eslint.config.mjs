// One ESLint configuration for the whole repository: see config/eslint.
export { default } from '@portal/eslint-config';
