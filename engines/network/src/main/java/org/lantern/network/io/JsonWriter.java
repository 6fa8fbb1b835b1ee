package org.lantern.network.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Minimal streaming JSON writer (RFC 8259): objects, arrays, strings, numbers, booleans. Commas
 * are inserted automatically; non-finite numbers are written as null. Keeps the engine free of
 * runtime dependencies. O(1) state per nesting level.
 */
public final class JsonWriter {

  private final Writer out;
  private final boolean[] needsComma = new boolean[64];
  private int depth;
  private boolean afterName;

  public JsonWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out must not be null");
  }

  public JsonWriter beginObject() {
    beforeValue();
    return open('{');
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    beforeValue();
    return open('[');
  }

  public JsonWriter endArray() {
    return close(']');
  }

  /** Writes an object member name; the next call writes its value. */
  public JsonWriter name(String name) {
    Objects.requireNonNull(name, "name must not be null");
    beforeValue();
    writeString(name);
    write(":");
    afterName = true;
    return this;
  }

  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      write("null");
    } else {
      writeString(value);
    }
    return this;
  }

  public JsonWriter value(long value) {
    beforeValue();
    write(Long.toString(value));
    return this;
  }

  public JsonWriter value(double value) {
    beforeValue();
    write(Double.isFinite(value) ? Double.toString(value) : "null");
    return this;
  }

  public JsonWriter value(boolean value) {
    beforeValue();
    write(value ? "true" : "false");
    return this;
  }

  /** Flushes the underlying writer. */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonWriter open(char bracket) {
    write(String.valueOf(bracket));
    depth++;
    needsComma[depth] = false;
    return this;
  }

  private JsonWriter close(char bracket) {
    if (depth == 0) {
      throw new IllegalStateException("nothing to close");
    }
    depth--;
    write(String.valueOf(bracket));
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (needsComma[depth]) {
        write(",");
      }
      needsComma[depth] = true;
    }
  }

  private void writeString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
    write(sb.toString());
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
