/** What other features may use from accountability (问责). */
export { OpenCaseButton } from './components/OpenCaseButton';
