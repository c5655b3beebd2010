package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The schema's named enum types that more than one member holds: each is one top-level enum, named
 * as shared object shapes are (the holders' common leading words, then the member name: the {@code
 * type} of every BLOCK_JOB_* event is {@code BlockJobType}), so one handler serves them all. An
 * enum one member holds stays nested in its record, as the spec text's do; the spec text's enums
 * are anonymous and never shared. Two enum types with the same values are one.
 */
final class SharedEnums {

  private final Map<Key, Use> uses = new LinkedHashMap<>();
  private final Map<Key, Shared> shared = new LinkedHashMap<>();

  /**
   * One top-level enum.
   *
   * @param member one of its members, which describes it for {@link EnumWriter}
   * @param usedBy the wire names of the events whose data hold it
   */
  record Shared(Member member, List<String> usedBy) {}

  /**
   * Records that {@code owner} holds {@code field} (first pass); fields of no named enum type are
   * ignored.
   */
  void use(Owner owner, EventSpec event, FieldSpec field) {
    if (field.isEnumerated() && field.typeName().isPresent()) {
      Use use = uses.computeIfAbsent(key(field), k -> new Use(field));
      use.owners.add(owner);
      use.events.add(event.name());
    }
  }

  /** Names every enum held more than once, once the owners' names are known. */
  void name(
      String packageName, Function<Owner, String> ownerName, UnaryOperator<String> uniqueType) {
    uses.forEach(
        (key, use) -> {
          if (use.owners.size() > 1) {
            List<String> owners = use.owners.stream().map(ownerName).toList();
            ClassName type =
                ClassName.get(
                    packageName,
                    uniqueType.apply(NameMangler.sharedName(owners, use.firstUse.name())));
            shared.put(
                key,
                new Shared(
                    Member.enumerated(
                        use.firstUse,
                        NameMangler.memberName(use.firstUse.name()),
                        type,
                        ModelBinder.constants(use.firstUse.values())),
                    List.copyOf(use.events)));
          }
        });
  }

  /** The top-level enum of {@code field}'s type, when more than one member holds it. */
  Optional<ClassName> type(FieldSpec field) {
    if (!field.isEnumerated() || field.typeName().isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(shared.get(key(field)))
        .map(enumeration -> enumeration.member().enumType());
  }

  /** The shared enums, in first-use order. */
  List<Shared> all() {
    return List.copyOf(shared.values());
  }

  /** An enum type is its listed values, in order, each with its features. */
  private record Key(List<Value> values) {
    record Value(String name, Set<String> features) {}
  }

  private static Key key(FieldSpec field) {
    return new Key(
        field.values().stream()
            .map(value -> new Key.Value(value.name(), Set.copyOf(value.features())))
            .toList());
  }

  /** Where one enum is held. */
  private static final class Use {
    final FieldSpec firstUse;
    final List<Owner> owners = new ArrayList<>();
    final Set<String> events = new LinkedHashSet<>();

    Use(FieldSpec firstUse) {
      this.firstUse = firstUse;
    }
  }
}
