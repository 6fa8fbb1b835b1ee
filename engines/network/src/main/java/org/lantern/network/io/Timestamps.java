package org.lantern.network.io;

/**
 * Parses ISO-8601 date-times from bytes without allocating: {@code 2024-03-01T12:34:56},
 * optional fraction, optional {@code Z} or {@code ±HH:MM} / {@code ±HHMM} / {@code ±HH} offset
 * (a space may replace the {@code T}; no offset means UTC). A bare integer is read as epoch
 * seconds. O(length).
 */
public final class Timestamps {

  /** Returned when the text is not a supported timestamp. */
  public static final long INVALID = Long.MIN_VALUE;

  private Timestamps() {}

  /** Epoch seconds of {@code bytes[from, to)}, or {@link #INVALID}. */
  public static long parseEpochSecond(byte[] bytes, int from, int to) {
    int length = to - from;
    if (length <= 0) {
      return INVALID;
    }
    if (length < 19 || bytes[from + 4] != '-') {
      return parseEpochDigits(bytes, from, to);
    }
    int year = digits(bytes, from, 4);
    int month = digits(bytes, from + 5, 2);
    int day = digits(bytes, from + 8, 2);
    byte separator = bytes[from + 10];
    int hour = digits(bytes, from + 11, 2);
    int minute = digits(bytes, from + 14, 2);
    int second = digits(bytes, from + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 60
        || bytes[from + 7] != '-' || bytes[from + 13] != ':' || bytes[from + 16] != ':'
        || (separator != 'T' && separator != ' ' && separator != 't')) {
      return INVALID;
    }
    int i = from + 19;
    if (i < to && (bytes[i] == '.' || bytes[i] == ',')) {
      i++;
      while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
        i++;
      }
    }
    int offsetSeconds = 0;
    if (i < to) {
      byte sign = bytes[i];
      if ((sign == 'Z' || sign == 'z') && i + 1 == to) {
        i++;
      } else if (sign == '+' || sign == '-') {
        int rest = to - i - 1;
        int offsetHours;
        int offsetMinutes = 0;
        if (rest == 2) {
          offsetHours = digits(bytes, i + 1, 2);
        } else if (rest == 4) {
          offsetHours = digits(bytes, i + 1, 2);
          offsetMinutes = digits(bytes, i + 3, 2);
        } else if (rest == 5 && bytes[i + 3] == ':') {
          offsetHours = digits(bytes, i + 1, 2);
          offsetMinutes = digits(bytes, i + 4, 2);
        } else {
          return INVALID;
        }
        if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
          return INVALID;
        }
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        i = to;
      } else {
        return INVALID;
      }
    }
    if (i != to) {
      return INVALID;
    }
    return daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second
        - offsetSeconds;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
  static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }

  private static long parseEpochDigits(byte[] bytes, int from, int to) {
    boolean negative = bytes[from] == '-';
    int i = negative ? from + 1 : from;
    if (i == to || to - i > 18) {
      return INVALID;
    }
    long value = 0;
    for (; i < to; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9) {
        return INVALID;
      }
      value = value * 10 + d;
    }
    return negative ? -value : value;
  }

  private static int digits(byte[] bytes, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }
}
