package io.dynamo.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The two validator factories, each built once, the first time it is needed: the model's (for
 * requests, with the constraints of {@link ModelMapping}) and the default one for annotated items.
 * Both interpolate messages without Jakarta EL ({@link ParameterMessageInterpolator}), read no
 * {@code validation.xml}, and find Hibernate Validator without {@code ServiceLoader}.
 */
public final class Factories {
  private Factories() {}

  /** The factory of request validators. */
  public static ValidatorFactory model() {
    return Model.FACTORY;
  }

  /** How many constraints the model's factory derived. */
  public static ModelMapping.Stats stats() {
    return Model.STATS;
  }

  /** The default factory for annotated items. */
  public static ValidatorFactory items() {
    return Items.FACTORY;
  }

  /** A configuration of Hibernate Validator as both factories start from. */
  public static HibernateValidatorConfiguration configure() {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator());
  }

  private static final class Model {
    static final ModelMapping.Stats STATS;
    static final ValidatorFactory FACTORY;

    static {
      HibernateValidatorConfiguration config =
          configure().getterPropertySelectionStrategy(new WireNames());
      config.constraintValidatorFactory(
          new RuleValidators(config.getDefaultConstraintValidatorFactory()));
      ConstraintMapping mapping = config.createConstraintMapping();
      STATS = ModelMapping.apply(mapping);
      FACTORY = config.addMapping(mapping).buildValidatorFactory();
    }
  }

  private static final class Items {
    static final ValidatorFactory FACTORY = configure().buildValidatorFactory();
  }
}
