package cloud.citizen.apidocs;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** One documented way to refuse: read from the {@link ErrorDoc}s of a refusal class or of code constants. */
public record ErrorEntry(String code, int status, String meaning, String hint) {

    /** The entries a refusal class declares, or none when it carries no {@link ErrorDoc}. */
    public static List<ErrorEntry> declaredBy(Class<?> refusal) {
        List<ErrorEntry> entries = new ArrayList<>();
        for (ErrorDoc doc : refusal.getAnnotationsByType(ErrorDoc.class)) {
            if (doc.code().isEmpty()) {
                throw new IllegalStateException(refusal.getName() + ": @ErrorDoc on a class needs its code");
            }
            entries.add(new ErrorEntry(doc.code(), doc.status(), doc.meaning(), doc.hint()));
        }
        return entries;
    }

    /** The entries of the documented {@code static final String} code constants of a class. */
    public static List<ErrorEntry> constantsOf(Class<?> codes) {
        List<ErrorEntry> entries = new ArrayList<>();
        for (Field field : codes.getDeclaredFields()) {
            ErrorDoc[] docs = field.getAnnotationsByType(ErrorDoc.class);
            if (docs.length == 0 || !Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String code = valueOf(field);
            for (ErrorDoc doc : docs) {
                entries.add(new ErrorEntry(code, doc.status(), doc.meaning(), doc.hint()));
            }
        }
        return entries;
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
