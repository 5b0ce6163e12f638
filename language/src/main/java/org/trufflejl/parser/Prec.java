package org.trufflejl.parser;

import java.util.HashMap;
import java.util.Map;

/** Binary operator precedence levels, loosest first, as in Julia's parser. */
final class Prec {
    private Prec() {
    }

    static final int NONE = 0;
    static final int ASSIGNMENT = 1;
    static final int PAIR = 2;
    static final int CONDITIONAL = 3;
    static final int ARROW = 4;
    static final int LAZY_OR = 5;
    static final int LAZY_AND = 6;
    static final int COMPARISON = 7;
    static final int PIPE_LT = 8;
    static final int PIPE_GT = 9;
    static final int COLON = 10;
    static final int PLUS = 11;
    static final int TIMES = 12;
    static final int RATIONAL = 13;
    static final int BITSHIFT = 14;
    static final int POWER = 15;
    static final int DECL = 16;
    static final int WHERE = 17;
    static final int DOT = 18;
    /** Operators with dedicated grammar rules rather than a binary level: {@code ! ¬ √ ∛ ∜ ' -> ...}. */
    static final int SPECIAL = 19;

    /** Julia's single-character Unicode operators by level (from JuliaSyntax's kinds table). */
    private static final Map<Integer, Integer> UNICODE = new HashMap<>();

    static {
        add(ASSIGNMENT, "≔⩴≕");
        add(ARROW, "←→↔↚↛↞↠↢↣↤↦↮⇎⇍⇏⇐⇒⇔⇴⇶⇷⇸⇹⇺⇻⇼⇽⇾⇿⟵⟶⟷⟹⟺⟻⟼⟽⟾⟿⤀⤁⤂⤃⤄⤅⤆⤇⤌⤍⤎⤏⤐⤑⤔⤕⤖⤗⤘⤝⤞⤟⤠⥄⥅⥆⥇⥈⥊⥋⥎⥐⥒⥓⥖⥗⥚⥛⥞⥟⥢⥤⥦⥧⥨⥩⥪⥫⥬⥭⥰⧴⬱⬰⬲⬳⬴⬵⬶⬷⬸⬹⬺⬻⬼⬽⬾⬿⭀⭁⭂⭃⥷⭄⥺⭇⭈⭉⭊⭋⭌￩￫⇜⇝↜↝↩↪↫↬↼↽⇀⇁⇄⇆⇇⇉⇋⇌⇚⇛⇠⇢↷↶↺↻");
        add(COMPARISON, "≥≤≡≠≢∈∉∋∌⊆⊈⊂⊄⊊∝∊∍∥∦∷∺∻∽∾≁≃≂≄≅≆≇≈≉≊≋≌≍≎≐≑≒≓≖≗≘≙≚≛≜≝≞≟≣≦≧≨≩≪≫≬≭≮≯≰≱≲≳≴≵≶≷≸≹≺≻≼≽≾≿⊀⊁⊃⊅⊇⊉⊋⊏⊐⊑⊒⊜⊩⊬⊮⊰⊱⊲⊳⊴⊵⊶⊷⋍⋐⋑⋕⋖⋗⋘⋙⋚⋛⋜⋝⋞⋟⋠⋡⋢⋣⋤⋥⋦⋧⋨⋩⋪⋫⋬⋭⋲⋳⋴⋵⋶⋷⋸⋹⋺⋻⋼⋽⋾⋿⟈⟉⟒⦷⧀⧁⧡⧣⧤⧥⩦⩧⩪⩫⩬⩭⩮⩯⩰⩱⩲⩳⩵⩶⩷⩸⩹⩺⩻⩼⩽⩾⩿⪀⪁⪂⪃⪄⪅⪆⪇⪈⪉⪊⪋⪌⪍⪎⪏⪐⪑⪒⪓⪔⪕⪖⪗⪘⪙⪚⪛⪜⪝⪞⪟⪠⪡⪢⪣⪤⪥⪦⪧⪨⪩⪪⪫⪬⪭⪮⪯⪰⪱⪲⪳⪴⪵⪶⪷⪸⪹⪺⪻⪼⪽⪾⪿⫀⫁⫂⫃⫄⫅⫆⫇⫈⫉⫊⫋⫌⫍⫎⫏⫐⫑⫒⫓⫔⫕⫖⫗⫘⫙⫷⫸⫹⫺⊢⊣⟂⫪⫫");
        add(COLON, "…⁝⋮⋱⋰⋯");
        add(PLUS, "⊕⊖⊞⊟∪∨⊔±∓∔∸≏⊎⊻⊽⋎⋓⟇⧺⧻⨈⨢⨣⨤⨥⨦⨧⨨⨩⨪⨫⨬⨭⨮⨹⨺⩁⩂⩅⩊⩌⩏⩐⩒⩔⩖⩗⩛⩝⩡⩢⩣¦");
        add(TIMES, "÷⋅∘×∩∧⊗⊘⊙⊚⊛⊠⊡⊓∗∙∤⅋≀⊼⋄⋆⋇⋉⋊⋋⋌⋏⋒⟑⦸⦼⦾⦿⧶⧷⨇⨰⨱⨲⨳⨴⨵⨶⨷⨸⨻⨼⨽⩀⩃⩄⩋⩍⩎⩑⩓⩕⩘⩚⩜⩞⩟⩠⫛⊍▷⨝⟕⟖⟗⌿⨟");
        add(POWER, "↑↓⇵⟰⟱⤈⤉⤊⤋⤒⤓⥉⥌⥍⥏⥑⥔⥕⥘⥙⥜⥝⥠⥡⥣⥥⥮⥯￪￬");
        add(SPECIAL, "¬√∛∜");
    }

    private static void add(int level, String ops) {
        ops.codePoints().forEach(c -> UNICODE.put(c, level));
    }

    /** The level of a single-character non-ASCII operator, or NONE if {@code c} is not one. */
    static int ofUnicode(int c) {
        return UNICODE.getOrDefault(c, NONE);
    }

    /** The level of an operator spelled {@code op} (without a leading dot). */
    static int of(String op) {
        switch (op) {
            case "=", ":=", "~", "+=", "-=", "*=", "/=", "//=", "\\=", "^=", "÷=", "%=", "<<=", ">>=", ">>>=", "|=", "&=", "⊻=", "$=":
                return ASSIGNMENT;
            case "=>":
                return PAIR;
            case "?":
                return CONDITIONAL;
            case "-->", "<--", "<-->":
                return ARROW;
            case "||":
                return LAZY_OR;
            case "&&":
                return LAZY_AND;
            case "<:", ">:", ">", "<", ">=", "<=", "==", "===", "!=", "!==", "in", "isa":
                return COMPARISON;
            case "<|":
                return PIPE_LT;
            case "|>":
                return PIPE_GT;
            case ":", "..":
                return COLON;
            case "$", "+", "-", "++", "|":
                return PLUS;
            case "*", "/", "%", "\\", "&":
                return TIMES;
            case "//":
                return RATIONAL;
            case "<<", ">>", ">>>":
                return BITSHIFT;
            case "^":
                return POWER;
            case "::":
                return DECL;
            case "where":
                return WHERE;
            case ".":
                return DOT;
            case "!", "'", "->", "...":
                return SPECIAL;
            default:
                return op.codePointCount(0, op.length()) == 1 ? ofUnicode(op.codePointAt(0)) : NONE;
        }
    }
}
