package io.dynamo.api.error;

/**
 * The request's credentials or signature were refused (UnrecognizedClientException,
 * InvalidSignatureException, AccessDeniedException, ExpiredTokenException,
 * MissingAuthenticationTokenException).
 */
public class AuthenticationFailedException extends DynamoServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the service's error. */
  public AuthenticationFailedException(ServiceError error) {
    super(error);
  }
}
