package org.pledgewatch.query.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pledgewatch.query.service.Cursor;

/** Parses and checks the query parameters shared by the list endpoints; every refusal says what is wrong. */
final class ListParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    enum Modality { FIRM, CONDITIONAL, HEDGED, NEGATED }

    enum Category { MILITARY, FINANCIAL, HUMANITARIAN, DIPLOMATIC, ECONOMIC, CLIMATE, OTHER }

    private ListParameters() {
    }

    static int limit(String value) {
        if (blank(value)) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException("'limit' must be a whole number between 1 and " + MAX_LIMIT + "; got '"
                    + value + "'.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("'limit' must be between 1 and " + MAX_LIMIT + "; got " + limit + ".");
        }
        return limit;
    }

    static Cursor cursor(String cursor) {
        if (blank(cursor)) {
            return null;
        }
        try {
            return Cursor.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(e.getMessage());
        }
    }

    static boolean oldestFirst(String sort) {
        if (blank(sort) || sort.equalsIgnoreCase("desc") || sort.equalsIgnoreCase("-date")) {
            return false;
        }
        if (sort.equalsIgnoreCase("asc") || sort.equalsIgnoreCase("date")) {
            return true;
        }
        throw new BadParameterException("'sort' must be 'desc' (newest first, the default) or 'asc'; got '" + sort + "'.");
    }

    static String modality(String value) {
        return enumValue("modality", value, Modality.class);
    }

    static String category(String value) {
        return enumValue("category", value, Category.class);
    }

    static Boolean bool(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new BadParameterException("'" + name + "' must be true or false; got '" + value + "'.");
    }

    /** Inclusive start: a date means its first instant (UTC). */
    static Instant from(String value) {
        return instant("from", value, false);
    }

    /** Exclusive end: a date means the whole day is included. */
    static Instant to(String value) {
        return instant("to", value, true);
    }

    static String text(String value) {
        return blank(value) ? null : value.trim();
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                LocalDate date = LocalDate.parse(value.trim());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new BadParameterException("'" + name + "' must be an ISO-8601 date (2026-01-06) or date-time "
                        + "with offset (2026-01-06T18:00:00Z); got '" + value + "'.");
            }
        }
    }

    private static <E extends Enum<E>> String enumValue(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(upper)) {
                return upper;
            }
        }
        throw new BadParameterException("'" + name + "' must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + "; got '" + value + "'.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
