export enum AccountErrorCode {
  ApiKeyNotFound = 'account.api_key_not_found',
}
