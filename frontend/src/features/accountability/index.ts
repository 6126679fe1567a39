/** What other features may use from accountability (问责). */
export { CaseLink } from './components/CaseLink';
export { OpenCaseButton } from './components/OpenCaseButton';
