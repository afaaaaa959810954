/**
 * How one call is made and observed: raw API calls ({@link ApiRequest}, {@link ApiResponse}, {@link
 * ApiResult}), {@link RequestOptions} and {@link RetryPolicy}, {@link Interceptor}, {@link
 * CallListener} and {@link RequestValidator}, and the exceptions that carry requests left undone.
 */
package io.dynamo.api.call;
