/** The Kafka module's engine side: the direct stream's input node, its read node, consumers, rate clamp. */
package io.sluice.kafka.internal;
