package io.newsflow.localstack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that starts the JVM's {@link LocalStack#shared() shared stack} before the test class and
 * resolves {@link LocalStack}, {@link KafkaNode} and {@link ElasticsearchNode} parameters:
 * <pre>{@code
 * @ExtendWith(LocalStackExtension.class)
 * class IndexingIT {
 *     @Test
 *     void indexesTaggedArticles(LocalStack stack) { ... stack.kafkaBootstrapServers() ... }
 * }
 * }</pre>
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalStack.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStack.class || type == KafkaNode.class || type == ElasticsearchNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        LocalStack stack = LocalStack.shared();
        if (type == KafkaNode.class) {
            return stack.kafka();
        }
        if (type == ElasticsearchNode.class) {
            return stack.elasticsearch();
        }
        return stack;
    }
}
