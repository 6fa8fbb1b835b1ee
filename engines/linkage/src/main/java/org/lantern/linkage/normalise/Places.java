package org.lantern.linkage.normalise;

import java.util.HashMap;
import java.util.Map;

/**
 * Canonical names of Indian states and union territories, Bangladeshi divisions and Nepali provinces,
 * so that "UP", "U.P." and "Uttar Pradesh" agree. Unknown values are folded by {@link NameNormaliser#place}.
 */
public final class Places {

    private static final Map<String, String> STATE_ALIASES = aliases();

    private Places() {
    }

    /**
     * @param raw a state as written, any script, or null
     * @return the canonical lower-case ASCII state, or null when blank
     */
    public static String state(String raw) {
        NormalisedName n = NameNormaliser.place(raw);
        if (n.isEmpty()) {
            return null;
        }
        String compact = String.join("", n.tokens());
        String canonical = STATE_ALIASES.get(compact);
        return TokenInterner.intern(canonical != null ? canonical : String.join(" ", n.tokens()));
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new HashMap<>();
        String[][] table = {
                {"uttar pradesh", "up"}, {"west bengal", "wb", "bengal", "paschimbanga", "pashchimbanga"},
                {"bihar", "br"}, {"jharkhand", "jh"}, {"odisha", "orissa", "od", "or"}, {"assam", "as"},
                {"madhya pradesh", "mp"}, {"maharashtra", "mh"}, {"rajasthan", "rj"}, {"delhi", "dl", "nct",
                "newdelhi", "nctofdelhi"}, {"andhra pradesh", "ap"}, {"telangana", "tg", "ts"},
                {"tamil nadu", "tn"}, {"karnataka", "ka"}, {"kerala", "kl"}, {"gujarat", "gj"},
                {"punjab", "pb"}, {"haryana", "hr"}, {"chhattisgarh", "cg", "chattisgarh"},
                {"himachal pradesh", "hp"}, {"uttarakhand", "uk", "uttaranchal"}, {"goa", "ga"},
                {"tripura", "tr"}, {"meghalaya", "ml"}, {"manipur", "mn"}, {"mizoram", "mz"},
                {"nagaland", "nl"}, {"arunachal pradesh", "ar"}, {"sikkim", "sk"},
                {"jammu and kashmir", "jk", "jammukashmir"},
                {"dhaka"}, {"chattogram", "chittagong"}, {"khulna"}, {"rajshahi"}, {"barishal", "barisal"},
                {"sylhet"}, {"rangpur"}, {"mymensingh"},
                {"koshi"}, {"madhesh"}, {"bagmati"}, {"gandaki"}, {"lumbini"}, {"karnali"}, {"sudurpashchim"},
        };
        for (String[] row : table) {
            String canonical = row[0];
            m.put(canonical.replace(" ", ""), canonical);
            for (int i = 1; i < row.length; i++) {
                m.put(row[i], canonical);
            }
        }
        return Map.copyOf(m);
    }
}
