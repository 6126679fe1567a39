package io.dudao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flags traditional characters mixed into simplified text (e.g. "督導體制"), usually left over from
 * an input method or a copied source. The text is kept literally; the user decides.
 */
final class TraditionalChars {

    /** Common traditional forms whose simplified form is a different character; none is valid simplified. */
    private static final String TABLE = ""
            + "導體機構學會議縣區歸與為這們個來對時後國開關門問題經濟發書記錄報當應實現務級設計劃規則條員長處領專業"
            + "財費產質評價監測達標邊進還過選適語說讀課師將從責動組織統範點傳廣顯網東無見視親際隊辦稱權歷層讓認識論試"
            + "調談證護負貧貫購買賣資輔車軍農運連遠違陳陽陰隨難雙電靜響項順預頭類顧風飛養馬驗鳥麗黃齊龍壓廳參幾優衛"
            + "園圖團圍執堅場壞聲備復夠夢奮婦寧寫寶屬島嶺帶幫幣廢張強彈彙徑恆悅惡愛態慣慮戰戶擇據擔擴擁擊攝敗數斷"
            + "暫曆樓樣檢歡歲殘氣漢溝滿漸潔潤灣災爭獨獎環產畫療盡監盤礎禮稅穩窮競筆節簡糧紀約紅純紙納練細終絕絡給"
            + "絲綜綠維緊線編緣縮總績繼續罰羅義習聖聯職聽肅臨興舉藝號術衝補製複覺觀訂訓許訴診詞詩話該詳誌誤請諸謀"
            + "講謝譯變豐貨貴貸賓賞賢贈贊趕躍軟載輕輛輸轉週遊遺鄉醫釋針鐵銀錯鍵閉間閱險隱雜雞離靈韓頁須領頻額顏願"
            + "飯館騎鬥魚鮮麥黨齡";
    private static final Set<Character> TRADITIONAL = TABLE.chars().mapToObj(c -> (char) c).collect(Collectors.toUnmodifiableSet());
    private static final int CONTEXT = 1;
    private static final int MAX_GAP = 2;

    private TraditionalChars() {
    }

    static boolean isTraditional(char c) {
        return TRADITIONAL.contains(c);
    }

    static String table() {
        return TABLE;
    }

    /** One warning per line that contains traditional characters, quoting them with a character of context. */
    static List<ImportWarning> warnings(List<Line> lines) {
        List<ImportWarning> warnings = new ArrayList<>();
        for (Line line : lines) {
            List<String> snippets = snippets(line.text());
            if (!snippets.isEmpty()) {
                warnings.add(new ImportWarning(line.number(), ImportWarningField.TEXT,
                        "疑似混入繁体字：“" + String.join("”“", snippets) + "”（已按原文保留，请核对）"));
            }
        }
        return warnings;
    }

    private static List<String> snippets(String text) {
        List<String> snippets = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isTraditional(text.charAt(i))) {
                i++;
                continue;
            }
            int last = i;
            for (int j = i + 1; j < text.length() && j - last <= MAX_GAP; j++) {
                if (isTraditional(text.charAt(j))) {
                    last = j;
                }
            }
            snippets.add(text.substring(Math.max(0, i - CONTEXT), Math.min(text.length(), last + 1 + CONTEXT)));
            i = last + 1;
        }
        return snippets;
    }
}
