/**
 * The transport contract: {@link io.dynamo.transport.contract.TransportContract}, the one test
 * suite every {@link io.dynamo.api.spi.Transport} runs, so that all transports send, read and fail
 * alike.
 */
package io.dynamo.transport.contract;
