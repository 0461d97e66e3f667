package io.autocrm.command;

import java.util.Arrays;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.util.ClassUtils;

/**
 * Makes {@code @Aggregate(filterEventsByType = true)} take effect. Axon 4.13's Spring registrar
 * ({@code SpringAggregateLookup}) copies every other attribute of {@code @Aggregate} onto the aggregate's
 * {@link SpringAggregateConfigurer} but not this one, so without this a stream of another aggregate type was replayed
 * into the wrong class (a 500 instead of a 404 for a foreign id). Remove once Axon passes the attribute on itself.
 */
final class AggregateTypeFilterRegistration implements BeanFactoryPostProcessor {

    private static final String PROPERTY = "filterEventsByType";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Arrays.stream(beanFactory.getBeanDefinitionNames()).map(beanFactory::getBeanDefinition)
                .filter(definition -> SpringAggregateConfigurer.class.getName().equals(definition.getBeanClassName()))
                .forEach(AggregateTypeFilterRegistration::passOnTheAttribute);
    }

    private static void passOnTheAttribute(BeanDefinition configurer) {
        Class<?> aggregate = aggregateType(configurer.getConstructorArgumentValues().getIndexedArgumentValue(0, null));
        Aggregate annotation = aggregate == null ? null : aggregate.getAnnotation(Aggregate.class);
        if (annotation != null && annotation.filterEventsByType()) {
            configurer.getPropertyValues().add(PROPERTY, true);
        }
    }

    private static Class<?> aggregateType(ValueHolder argument) {
        if (argument == null) {
            return null;
        }
        Object value = argument.getValue();
        if (value instanceof Class<?> type) {
            return type;
        }
        return value instanceof String name
                ? ClassUtils.resolveClassName(name, AggregateTypeFilterRegistration.class.getClassLoader()) : null;
    }
}
