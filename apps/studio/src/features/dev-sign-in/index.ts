export { DevSignInPage } from "./dev-sign-in-page";
