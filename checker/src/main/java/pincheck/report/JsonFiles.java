package pincheck.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.FieldNamingPolicy;
import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every JSON file pincheck writes or reads, through one Gson: records with snake_case keys in
 * component order, two-space indentation, an absent Optional left out. Each document starts
 * with {@code "schema": "pincheck.KIND/N"}; a reader is given the schema it understands and
 * refuses any other, so a file from another pincheck is named, never misread.
 */
public final class JsonFiles {
    /** Thrown for a file that is not the document asked for; the message names the file and the fix. */
    public static final class BadFile extends Exception {
        public BadFile(String message) { super(message); }
    }

    // Strictness arrived in Gson 2.11: Alloy's jar bundles a 2.8 without record support, which must not win.
    private static final Strictness STRICT = Strictness.STRICT;

    private static final FieldNamingPolicy KEYS = FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES;

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(KEYS)
            .disableHtmlEscaping()
            .setPrettyPrinting()
            .registerTypeAdapterFactory(new OptionalAdapter())
            .registerTypeAdapterFactory(new Immutable())
            .registerTypeAdapterFactory(new Absent())
            .create();

    private JsonFiles() {}

    /** The document as pretty JSON, ending in a newline, as every report file does. */
    public static String write(Object document) {
        return GSON.toJson(document) + "\n";
    }

    /** A document on one line (a protocol message, a cache entry read by a machine only). */
    public static String compact(Object document) {
        return GSON.newBuilder().setFormattingStyle(FormattingStyle.COMPACT).create().toJson(document);
    }

    /** Any JSON value as a tree, for readers of other programs' JSON (Chromium's protocol). */
    public static JsonElement tree(String text, String where) throws BadFile {
        if (text.isBlank()) {
            throw new BadFile(where + ": empty, not JSON");
        }
        try {
            JsonReader r = new JsonReader(new java.io.StringReader(text));
            r.setStrictness(STRICT);
            JsonElement e = JsonParser.parseReader(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new BadFile(where + ": text after the JSON value");
            }
            return e;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new BadFile(where + ": not JSON (" + e.getMessage() + ")");
        }
    }

    /** Another program's JSON as plain Java values: maps, lists, strings, numbers (Double), booleans. */
    public static Object plain(String text, String where) throws BadFile {
        return GSON.fromJson(tree(text, where), Object.class);
    }

    /**
     * Reads a document of the given schema.
     *
     * @param where the file, as messages name it
     * @param regenerate the command that writes the file again, for the message
     */
    public static <T> T read(String text, Class<T> type, String schema, String where, String regenerate)
            throws BadFile {
        JsonElement e = tree(text, where);
        if (!e.isJsonObject()) {
            throw new BadFile(where + ": not a JSON object; regenerate it with " + regenerate);
        }
        JsonObject o = e.getAsJsonObject();
        String found = o.has("schema") && o.get("schema").isJsonPrimitive() ? o.get("schema").getAsString() : "none";
        if (!found.equals(schema)) {
            throw new BadFile(where + ": schema " + found + ", this pincheck reads " + schema
                    + "; regenerate it with " + regenerate);
        }
        try {
            T doc = GSON.fromJson(o, type);
            complete(doc, "");
            return doc;
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                 | UnsupportedOperationException | ClassCastException x) {
            throw new BadFile(where + ": " + x.getMessage() + "; regenerate it with " + regenerate);
        }
    }

    /** A value as a JSON tree (a change's from and to). */
    public static JsonElement value(Object v) {
        return GSON.toJsonTree(v);
    }

    /** Gson leaves a missing key null: every record component of a document read must be there. */
    private static void complete(Object v, String path) {
        if (v instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x;
                try {
                    java.lang.reflect.Method get = c.getAccessor();
                    // a document type may be package-private to its reader (a cache entry)
                    get.trySetAccessible();
                    x = get.invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String at = path.isEmpty() ? key(r.getClass(), c) : path + "." + key(r.getClass(), c);
                if (x == null) {
                    throw new JsonParseException("field '" + at + "' is missing");
                }
                complete(x, at);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                complete(l.get(i), path + "[" + i + "]");
            }
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(x -> complete(x, path));
        }
    }

    /** Lists and maps read as Guava's immutable ones, in file order. */
    private static final class Immutable implements TypeAdapterFactory {
        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> token) {
            Class<?> raw = token.getRawType();
            if (raw != List.class && raw != Map.class) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, token);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    delegate.write(out, value);
                }

                @Override
                @SuppressWarnings("unchecked")
                public T read(JsonReader in) throws IOException {
                    Object v = delegate.read(in);
                    return (T) (v instanceof List<?> l ? ImmutableList.copyOf(l)
                            : v instanceof Map<?, ?> m ? ImmutableMap.copyOf(m) : v);
                }
            };
        }
    }

    /** A record's Optional, List and Map components left out of the file read as empty, not as null. */
    private static final class Absent implements TypeAdapterFactory {
        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> token) {
            Class<?> raw = token.getRawType();
            if (!raw.isRecord()) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, token);
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    delegate.write(out, value);
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    JsonElement e = elements.read(in);
                    if (e.isJsonObject()) {
                        JsonObject o = e.getAsJsonObject();
                        for (RecordComponent c : raw.getRecordComponents()) {
                            String key = key(raw, c);
                            Class<?> type = c.getType();
                            if (!o.has(key) && (type == Optional.class || type == List.class || type == Map.class)) {
                                o.add(key, type == Optional.class ? JsonNull.INSTANCE
                                        : type == List.class ? new JsonArray() : new JsonObject());
                            }
                        }
                    }
                    return delegate.fromJsonTree(e);
                }
            };
        }
    }

    /** A record component's key in the file. */
    private static String key(Class<?> record, RecordComponent c) {
        try {
            return KEYS.translateName(record.getDeclaredField(c.getName()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Optional values: the value when present, nothing (the key left out) when empty. */
    private static final class OptionalAdapter implements TypeAdapterFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> token) {
            if (token.getRawType() != Optional.class) {
                return null;
            }
            Type inner = token.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            TypeAdapter<Object> of = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(inner));
            return (TypeAdapter<T>) new TypeAdapter<Optional<Object>>() {
                @Override
                public void write(JsonWriter out, Optional<Object> value) throws IOException {
                    if (value == null || value.isEmpty()) {
                        out.nullValue();
                    } else {
                        of.write(out, value.get());
                    }
                }

                @Override
                public Optional<Object> read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return Optional.empty();
                    }
                    return Optional.ofNullable(of.read(in));
                }
            };
        }
    }
}
