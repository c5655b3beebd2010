package dev.qmpgen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns wire names into Java names. Words are the runs of letters and digits between any other
 * characters ({@code _}, {@code -}, {@code .}); a word written all in capitals is lower-cased
 * before it is capitalised, any other keeps its inner capitals:
 *
 * <ul>
 *   <li>types: {@code BLOCK_IO_ERROR} → {@code BlockIoError};
 *   <li>members: {@code sasl_username} → {@code saslUsername}, {@code node-name} → {@code
 *       nodeName}, {@code __com.redhat_reason} → {@code comRedhatReason};
 *   <li>enum constants: {@code inject-nmi} → {@code INJECT_NMI}.
 * </ul>
 *
 * A name that would start with a digit gets a leading {@code _}; a member name that is a Java
 * keyword gets a trailing {@code _} ({@code default_}). Both are reported by the caller. A name is
 * cut at {@value #MAX_LENGTH} characters.
 */
final class NameMangler {

  /**
   * The longest name made: a class file is named after its type and the type it is nested in, and
   * file systems refuse names of more than 255 bytes (two names, {@code $} and {@code .class}).
   */
  static final int MAX_LENGTH = 100;

  private NameMangler() {}

  /** The words of a wire name, as written. */
  static List<String> words(String wireName) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < wireName.length(); i++) {
      char c = wireName.charAt(i);
      if (isWordChar(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The words of an UpperCamel Java name: {@code VncConnected} → {@code [Vnc, Connected]}. */
  static List<String> camelWords(String javaName) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < javaName.length(); i++) {
      if (Character.isUpperCase(javaName.charAt(i))) {
        words.add(javaName.substring(start, i));
        start = i;
      }
    }
    if (!javaName.isEmpty()) {
      words.add(javaName.substring(start));
    }
    return words;
  }

  /** UpperCamel for a type; {@code fallback} when the name has no letters or digits. */
  static String typeName(String wireName, String fallback) {
    StringBuilder name = new StringBuilder();
    for (String word : words(wireName)) {
      name.append(capitalise(normaliseCase(word)));
    }
    return bounded(legalStart(name.length() == 0 ? fallback : name.toString()));
  }

  /** lowerCamel for a record component or accessor. */
  static String memberName(String wireName) {
    List<String> words = words(wireName);
    if (words.isEmpty()) {
      return "field";
    }
    StringBuilder name = new StringBuilder(decapitalise(normaliseCase(words.get(0))));
    for (String word : words.subList(1, words.size())) {
      name.append(capitalise(normaliseCase(word)));
    }
    String legal = bounded(legalStart(name.toString()));
    return SourceVersion.isKeyword(legal) ? legal + "_" : legal;
  }

  /** UPPER_SNAKE for an enum constant. */
  static String constantName(String wireName) {
    List<String> words = words(wireName);
    if (words.isEmpty()) {
      return "EMPTY";
    }
    return bounded(legalStart(String.join("_", words).toUpperCase(Locale.ROOT)));
  }

  /** {@code name} cut at {@value #MAX_LENGTH} characters; callers make the result unique. */
  static String bounded(String name) {
    return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
  }

  /** Whether {@link #memberName} had to change more than the case and separators. */
  static boolean memberNameAdjusted(String wireName) {
    String name = memberName(wireName);
    return name.endsWith("_") || name.startsWith("_") || words(wireName).isEmpty();
  }

  /** A name not in {@code taken}: {@code name}, else {@code name2}, {@code name3}... */
  static String unique(String name, Set<String> taken) {
    if (!taken.contains(name)) {
      return name;
    }
    int suffix = 2;
    while (taken.contains(name + suffix)) {
      suffix++;
    }
    return name + suffix;
  }

  /**
   * The name of a type several holders share: their common leading words, then the field name's
   * words, unless those already start with them ({@code VncServer}'s holders VncConnected and
   * VncInitialized, field {@code server}).
   */
  static String sharedName(List<String> ownerNames, String fieldName) {
    List<String> prefix = null;
    for (String owner : ownerNames) {
      List<String> words = camelWords(owner);
      prefix = prefix == null ? words : commonPrefix(prefix, words);
    }
    List<String> base = camelWords(typeName(fieldName, "Value"));
    // The prefix holds the names of every enclosing type: long at depth, hence bounded.
    return bounded(
        base.size() >= prefix.size() && base.subList(0, prefix.size()).equals(prefix)
            ? String.join("", base)
            : String.join("", prefix) + String.join("", base));
  }

  private static List<String> commonPrefix(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
      n++;
    }
    return a.subList(0, n);
  }

  /** A crude singular for an array's element type: {@code clients} → {@code client}. */
  static String singular(String name) {
    if (name.length() > 3 && name.endsWith("s") && !name.endsWith("ss")) {
      return name.substring(0, name.length() - 1);
    }
    return name + "Element";
  }

  static String capitalise(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String decapitalise(String word) {
    return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }

  private static String normaliseCase(String word) {
    return word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
  }

  private static String legalStart(String name) {
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
