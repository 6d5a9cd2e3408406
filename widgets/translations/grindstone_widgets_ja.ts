<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../charts/ChartExport.cpp" line="65"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="25"/>
        <source>Only hdml and two-stage runs log this.</source>
        <translation>hdml と two-stage の実行だけが記録します。</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="27"/>
        <source>Only two-stage runs with stage 1 log this.</source>
        <translation>ステージ 1 を使う two-stage の実行だけが記録します。</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="29"/>
        <source>Only two-stage runs with stage 2 log this.</source>
        <translation>ステージ 2 を使う two-stage の実行だけが記録します。</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="34"/>
        <source>Metric loss: J_real vs J_syn</source>
        <translation>距離学習の損失: J_real と J_syn</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="40"/>
        <source>Generator and critic losses</source>
        <translation>生成器と識別器の損失</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="49"/>
        <source>Retrieval on the test classes (%)</source>
        <translation>テストクラスでの検索性能（%）</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="53"/>
        <source>Filled at each evaluation (the first one runs before step 1).</source>
        <translation>評価のたびに追加されます（最初の評価はステップ 1 の前）。</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="59"/>
        <source>ART margin m_t</source>
        <translation>ART マージン m_t</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="63"/>
        <source>Real / synthetic weight p_t</source>
        <translation>実 / 合成の重み p_t</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="67"/>
        <source>Stretch threshold tau_t</source>
        <translation>伸長しきい値 tau_t</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="72"/>
        <source>Stretch factor lambda: range and mean</source>
        <translation>伸長係数 lambda: 範囲と平均</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="79"/>
        <source>Mined triplets per batch</source>
        <translation>バッチごとのマイニング済みトリプレット</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="86"/>
        <source>Triplets violating the margin</source>
        <translation>マージンを破るトリプレット</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="101"/>
        <source>J_real</source>
        <translation>J_real</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="102"/>
        <source>J_syn</source>
        <translation>J_syn</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="103"/>
        <source>J_metric</source>
        <translation>J_metric</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="104"/>
        <source>G1</source>
        <translation>G1</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="105"/>
        <source>GS</source>
        <translation>GS</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="106"/>
        <source>G2</source>
        <translation>G2</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="107"/>
        <source>ART</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="109"/>
        <source>generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="111"/>
        <source>critics</source>
        <translation>識別器</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="113"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="114"/>
        <source>R@1</source>
        <translation>R@1</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="115"/>
        <source>R@2</source>
        <translation>R@2</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="116"/>
        <source>R@4</source>
        <translation>R@4</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="117"/>
        <source>R@8</source>
        <translation>R@8</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="118"/>
        <source>MAP@R</source>
        <translation>MAP@R</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="120"/>
        <source>mean d(a,p)</source>
        <translation>d(a,p) の平均</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="121"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="122"/>
        <source>range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="123"/>
        <source>easy</source>
        <translation>easy</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="125"/>
        <source>semi-hard</source>
        <translation>semi-hard</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="126"/>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="127"/>
        <source>real</source>
        <translation>実</translation>
    </message>
    <message>
        <location filename="../charts/ChartSpec.cpp" line="129"/>
        <source>synthetic</source>
        <translation>合成</translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <location filename="../compare/CompareView.cpp" line="44"/>
        <source>Recall@1 (%)</source>
        <translation>Recall@1（%）</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="45"/>
        <source>MAP@R (%)</source>
        <translation>MAP@R（%）</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="46"/>
        <source>Metric loss J_metric</source>
        <translation>距離学習の損失 J_metric</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="47"/>
        <source>J_syn</source>
        <translation>J_syn</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="48"/>
        <source>Real / synthetic weight p_t</source>
        <translation>実 / 合成の重み p_t</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="49"/>
        <source>ART margin m_t</source>
        <translation>ART マージン m_t</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="14"/>
        <source>--%1 lists no %2</source>
        <translation>--%1 に %2 が指定されていません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="15"/>
        <source>--%1: unknown %2 &apos;%3&apos;; expected %4</source>
        <translation>--%1: 不明な %2 &apos;%3&apos; です。%4 を指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="16"/>
        <source>--%1 lists %2 &apos;%3&apos; twice</source>
        <translation>--%1 に %2 &apos;%3&apos; が 2 回指定されています</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="17"/>
        <source>--method-set %1:...: the bench does not run method &apos;%2&apos; (--methods %3)</source>
        <translation>--method-set %1:...: bench は手法 &apos;%2&apos; を実行しません（--methods %3）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="18"/>
        <source>--method-set %1:%2: bench sets it for each run</source>
        <translation>--method-set %1:%2: bench が実行ごとに設定します</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="19"/>
        <source>--seeds: %1 is not a seed count in [1, 1000]</source>
        <translation>--seeds: %1 は [1, 1000] のシード数ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="20"/>
        <source>--first-seed: %1 is not a seed in [0, %2] (seeds run from it upwards)</source>
        <translation>--first-seed: %1 は [0, %2] のシードではありません（シードはこの値から昇順に使われます）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="21"/>
        <source>&apos;%1&apos; is bench format %2; this Grindstone reads up to %3</source>
        <translation>&apos;%1&apos; は bench 形式 %2 です。この Grindstone が読めるのは %3 までです</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="22"/>
        <source>&apos;%1&apos; is not a readable bench plan: %2</source>
        <translation>&apos;%1&apos; は読み込める bench の計画ではありません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="23"/>
        <source>option &apos;recall_k&apos;: &apos;%1&apos; is not a K in [1, 100000]</source>
        <translation>オプション &apos;recall_k&apos;: &apos;%1&apos; は [1, 100000] の K ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="24"/>
        <source>option &apos;recall_k&apos; lists no K</source>
        <translation>オプション &apos;recall_k&apos; に K が指定されていません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="25"/>
        <source>&apos;%1&apos; is not valid JSON: %2</source>
        <translation>&apos;%1&apos; は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="26"/>
        <source>neighbourhood change: the embeddings have %1 and %2 rows; they must hold the same points</source>
        <translation>近傍の変化: 埋め込みの行数が %1 と %2 です。同じ点を含む必要があります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="27"/>
        <source>neighbourhood change: k = %1 must be in [1, %2]</source>
        <translation>近傍の変化: k = %1 は [1, %2] の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="28"/>
        <source>%1 &apos;%2&apos; lists nothing</source>
        <translation>%1 &apos;%2&apos; には何も記載されていません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="29"/>
        <source>Stanford Online Products&apos; %1 list &apos;%2&apos; lists nothing</source>
        <translation>Stanford Online Products の %1 リスト &apos;%2&apos; には何も記載されていません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="30"/>
        <source>%1: %2 is not text</source>
        <translation>%1: %2 はテキストではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="31"/>
        <source>%1: %2 holds a character beyond ASCII</source>
        <translation>%1: %2 に ASCII 以外の文字が含まれています</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="32"/>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 は数値ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="33"/>
        <source>%1: %2 is %3, not a class number &gt;= 1</source>
        <translation>%1: %2 は %3 で、1 以上のクラス番号ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="34"/>
        <source>%1: has no variable &apos;%2&apos;</source>
        <translation>%1: 変数 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="35"/>
        <source>Cars196&apos;s annotation file &apos;%1&apos; is missing</source>
        <translation>Cars196 のアノテーションファイル &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="36"/>
        <source>%1: not a MATLAB file libmatio can read</source>
        <translation>%1: libmatio で読める MATLAB ファイルではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="37"/>
        <source>%1: &apos;class_names&apos; is not a cell array of names</source>
        <translation>%1: &apos;class_names&apos; が名前のセル配列ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="38"/>
        <source>%1: &apos;annotations&apos; is not a struct array</source>
        <translation>%1: &apos;annotations&apos; が構造体配列ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="39"/>
        <source>%1: %2.class is %3, beyond the %4 class_names</source>
        <translation>%1: %2.class が %3 で、%4 個の class_names の範囲を超えています</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="40"/>
        <source>%1: &apos;annotations&apos; lists no images</source>
        <translation>%1: &apos;annotations&apos; に画像がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="41"/>
        <source>option &apos;%1&apos;: &apos;%2&apos; %3 (expected first-half, second-half, official, or a list like 0-4,7)</source>
        <translation>オプション &apos;%1&apos;: &apos;%2&apos; %3（first-half、second-half、official、または 0-4,7 のようなリストを指定してください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="42"/>
        <source>option &apos;%1&apos;: %2 usable %3 classes, need at least 2 (retrieval needs several classes; classes with fewer than 2 images do not count)</source>
        <translation>オプション &apos;%1&apos;: 使える %3 クラスが %2 個しかありません。2 個以上必要です（検索には複数のクラスが必要です。画像が 2 枚未満のクラスは数えません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="43"/>
        <source>option &apos;%1&apos;: &apos;%2&apos; has no official split (CUB-200-2011, Cars196, Stanford Online Products, In-Shop Clothes and CSV lists with a split column have one); give first-half, second-half or a list</source>
        <translation>オプション &apos;%1&apos;: &apos;%2&apos; には公式の分割がありません（公式の分割があるのは CUB-200-2011、Cars196、Stanford Online Products、In-Shop Clothes と split 列のある CSV リストです）。first-half、second-half、またはリストを指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="44"/>
        <source>options &apos;train_classes&apos; and &apos;test_classes&apos; overlap: class(es) %1 are in both (&apos;%2&apos; and &apos;%3&apos;); test classes must never be trained on</source>
        <translation>オプション &apos;train_classes&apos; と &apos;test_classes&apos; が重複しています: クラス %1 が両方（&apos;%2&apos; と &apos;%3&apos;）に含まれます。テストクラスを学習に使うことはできません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="45"/>
        <source>option &apos;validation_classes&apos;: class(es) %1 are not training classes (&apos;%2&apos;); validation classes are carved out of train_classes</source>
        <translation>オプション &apos;validation_classes&apos;: クラス %1 は学習クラス（&apos;%2&apos;）ではありません。検証クラスは train_classes から取り分けます</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="46"/>
        <source>option &apos;validation_classes&apos;: carving out &apos;%1&apos; leaves %2 training classes, need at least 2</source>
        <translation>オプション &apos;validation_classes&apos;: &apos;%1&apos; を取り分けると学習クラスが %2 個になります。2 個以上必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="47"/>
        <source>the CSV image list &apos;%1&apos; lists no images</source>
        <translation>CSV 画像リスト &apos;%1&apos; に画像がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="48"/>
        <source>%1: label &apos;%2&apos; has no split while others do (give every row a split, or none)</source>
        <translation>%1: ラベル &apos;%2&apos; には split がありませんが、他のラベルにはあります（すべての行に split を付けるか、どの行にも付けないでください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="49"/>
        <source>the glyph benchmark folder &apos;%1&apos; exists but holds no IDX images; move it away to rebuild it</source>
        <translation>グリフベンチマークのフォルダ &apos;%1&apos; はありますが、IDX 画像がありません。作り直すには別の場所へ移動してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="50"/>
        <source>the glyph benchmark needs two or more installed font families that draw all 62 characters 0-9 A-Z a-z; packaging/setup.sh installs them</source>
        <translation>グリフベンチマークには、0-9 A-Z a-z の 62 文字すべてを描けるフォントファミリーが 2 つ以上インストールされている必要があります。packaging/setup.sh でインストールできます</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="51"/>
        <source>option &apos;channels&apos;: %1 is not supported, use 1 (grayscale) or 3 (colour)</source>
        <translation>オプション &apos;channels&apos;: %1 には対応していません。1（グレースケール）か 3（カラー）を使ってください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="52"/>
        <source>option &apos;dataset&apos;: &apos;%1&apos; is not a CSV file</source>
        <translation>オプション &apos;dataset&apos;: &apos;%1&apos; は CSV ファイルではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="53"/>
        <source>option &apos;dataset&apos;: &apos;%1&apos; is not a folder (expected a folder of IDX files, of class sub-folders, or of a benchmark&apos;s layout: CUB-200-2011, Cars196, Stanford Online Products, In-Shop Clothes; or a .csv list)</source>
        <translation>オプション &apos;dataset&apos;: &apos;%1&apos; はフォルダではありません（IDX ファイルのフォルダ、クラスのサブフォルダを持つフォルダ、またはベンチマークの構成のフォルダ: CUB-200-2011、Cars196、Stanford Online Products、In-Shop Clothes。あるいは .csv リスト）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="54"/>
        <source>fontconfig could not load its configuration</source>
        <translation>fontconfig が設定を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="55"/>
        <source>--fonts &apos;%1&apos; does not exist</source>
        <translation>--fonts &apos;%1&apos; が存在しません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="56"/>
        <source>--fonts &apos;%1&apos; holds no scalable font file</source>
        <translation>--fonts &apos;%1&apos; にスケーラブルフォントのファイルがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="57"/>
        <source>cannot write &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に書き込めません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="58"/>
        <source>OUT &apos;%1&apos; exists and is not an empty folder</source>
        <translation>OUT &apos;%1&apos; は既に存在し、空のフォルダではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="59"/>
        <source>OUT &apos;%1&apos;: its parent folder does not exist</source>
        <translation>OUT &apos;%1&apos;: 親フォルダが存在しません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="60"/>
        <source>OUT &apos;%1&apos; is not writable (%2)</source>
        <translation>OUT &apos;%1&apos; に書き込めません（%2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="61"/>
        <source>OUT &apos;%1&apos; could not be written: %2</source>
        <translation>OUT &apos;%1&apos; を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="62"/>
        <source>IDX file &apos;%1&apos; does not exist</source>
        <translation>IDX ファイル &apos;%1&apos; が存在しません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="63"/>
        <source>cannot open IDX file &apos;%1&apos;</source>
        <translation>IDX ファイル &apos;%1&apos; を開けません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="64"/>
        <source>IDX file &apos;%1&apos; has the wrong magic number %2, expected %3 (%4)</source>
        <translation>IDX ファイル &apos;%1&apos; のマジックナンバー %2 が正しくありません。期待値は %3 です（%4）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="65"/>
        <source>IDX file &apos;%1&apos; is truncated: its header needs %2 bytes but the file holds only %3</source>
        <translation>IDX ファイル &apos;%1&apos; は途中で切れています: ヘッダーに %2 バイト必要ですが、ファイルは %3 バイトしかありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="66"/>
        <source>IDX file &apos;%1&apos; is truncated: its header declares %2 bytes of data but the file holds %3</source>
        <translation>IDX ファイル &apos;%1&apos; は途中で切れています: ヘッダーはデータを %2 バイトと宣言していますが、ファイルは %3 バイトです</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="67"/>
        <source>cannot decompress IDX file &apos;%1&apos;: %2</source>
        <translation>IDX ファイル &apos;%1&apos; を展開できません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="68"/>
        <source>cannot read class names file &apos;%1&apos;</source>
        <translation>クラス名ファイル &apos;%1&apos; を読めません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="69"/>
        <source>class names file &apos;%1&apos; lists %2 classes but the labels go up to %3 (one whitespace-separated name per class expected)</source>
        <translation>クラス名ファイル &apos;%1&apos; には %2 クラスが記載されていますが、ラベルは %3 まであります（クラスごとに空白区切りで名前を 1 つ記載してください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="70"/>
        <source>IDX file &apos;%1&apos; declares images of size %2x%3</source>
        <translation>IDX ファイル &apos;%1&apos; は画像のサイズを %2x%3 と宣言しています</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="71"/>
        <source>image/label count mismatch: &apos;%1&apos; holds %2 images but &apos;%3&apos; holds %4 labels</source>
        <translation>画像とラベルの数が一致しません: &apos;%1&apos; には画像が %2 枚、&apos;%3&apos; にはラベルが %4 個あります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="72"/>
        <source>IDX dataset folder &apos;%1&apos; does not exist</source>
        <translation>IDX データセットのフォルダ &apos;%1&apos; が存在しません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="73"/>
        <source>IDX file &apos;%1&apos; has no matching %2 file &apos;%3%4[.gz]&apos; in &apos;%5&apos;</source>
        <translation>IDX ファイル &apos;%1&apos; に対応する %2 ファイル &apos;%3%4[.gz]&apos; が &apos;%5&apos; にありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="74"/>
        <source>IDX files disagree on the image size: &apos;%1&apos; holds %2x%3 images but &apos;%4&apos; holds %5x%6</source>
        <translation>IDX ファイル間で画像サイズが一致しません: &apos;%1&apos; の画像は %2x%3、&apos;%4&apos; の画像は %5x%6 です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="75"/>
        <source>no IDX files in &apos;%1&apos; (expected &lt;prefix&gt;%2[.gz] with &lt;prefix&gt;%3[.gz])</source>
        <translation>&apos;%1&apos; に IDX ファイルがありません（&lt;prefix&gt;%2[.gz] と &lt;prefix&gt;%3[.gz] の組を置いてください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="76"/>
        <source>image folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>画像フォルダ &apos;%1&apos; が存在しないか、フォルダではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="77"/>
        <source>image folder &apos;%1&apos; has no class sub-folders (expected one sub-folder of images per class)</source>
        <translation>画像フォルダ &apos;%1&apos; にクラスのサブフォルダがありません（クラスごとに画像のサブフォルダを 1 つ置いてください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="78"/>
        <source>image folder &apos;%1&apos; holds no image files (.jpg, .png, .bmp, .pgm, .ppm, .tif, .webp ...) in its class sub-folders</source>
        <translation>画像フォルダ &apos;%1&apos; のクラスのサブフォルダに画像ファイル（.jpg, .png, .bmp, .pgm, .ppm, .tif, .webp ...）がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="79"/>
        <source>cannot read &apos;%1&apos; with %2 channels: use 1 (grayscale) or 3 (colour)</source>
        <translation>&apos;%1&apos; を %2 チャンネルで読めません: 1（グレースケール）か 3（カラー）を使ってください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="80"/>
        <source>cannot read &apos;%1&apos; at image size %2: the size must be at least 1 pixel</source>
        <translation>&apos;%1&apos; を画像サイズ %2 で読めません: サイズは 1 ピクセル以上にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="81"/>
        <source>dataset &apos;%1&apos; lists no images</source>
        <translation>データセット &apos;%1&apos; に画像がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="82"/>
        <source>%1: &apos;%2&apos; is missing or not a readable image (set unreadable_images = skip to leave such images out)</source>
        <translation>%1: &apos;%2&apos; が存在しないか、読める画像ではありません（このような画像を除外するには unreadable_images = skip を設定してください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="83"/>
        <source>dataset &apos;%1&apos; holds no readable images</source>
        <translation>データセット &apos;%1&apos; に読める画像がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="84"/>
        <source>In-Shop Clothes&apos; partition list &apos;%1&apos; lists nothing</source>
        <translation>In-Shop Clothes の分割リスト &apos;%1&apos; には何も記載されていません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="85"/>
        <source>%1 &apos;%2&apos; is missing</source>
        <translation>%1 &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="86"/>
        <source>%1 &apos;%2&apos; cannot be read</source>
        <translation>%1 &apos;%2&apos; を読めません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="87"/>
        <source>PK sampler state cannot be restored: %1</source>
        <translation>PK サンプラーの状態を復元できません: %1</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="88"/>
        <source>PK sampler: %1 indices but %2 labels</source>
        <translation>PK サンプラー: インデックスが %1 個ですが、ラベルは %2 個です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="89"/>
        <source>PK sampler: P and K must be at least 1 (got P=%1, K=%2)</source>
        <translation>PK サンプラー: P と K は 1 以上にしてください（指定: P=%1, K=%2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="90"/>
        <source>PK sampler needs at least 2 classes, got %1 (batches without negatives cannot train a metric)</source>
        <translation>PK サンプラーには 2 クラス以上が必要ですが、%1 クラスしかありません（負例のないバッチでは距離を学習できません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="91"/>
        <source>cannot create &apos;%1&apos; for decoded images: %2</source>
        <translation>デコード済み画像用の &apos;%1&apos; を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="92"/>
        <source>cannot create a file in &apos;%1&apos; for decoded images: %2</source>
        <translation>デコード済み画像用のファイルを &apos;%1&apos; に作成できません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="93"/>
        <source>cannot keep %1 of decoded images in &apos;%2&apos;: %3 (free disk space there, or set decoded_images = memory)</source>
        <translation>デコード済み画像の %1 を &apos;%2&apos; に確保できません: %3（そこのディスク領域を空けるか、decoded_images = memory を設定してください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="94"/>
        <source>cannot map %1 of decoded images in &apos;%2&apos;: %3</source>
        <translation>デコード済み画像の %1 を &apos;%2&apos; にマップできません: %3</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="95"/>
        <source>%1: %2 cluster ids for %3 labels</source>
        <translation>%1: ラベル %3 個に対してクラスタ ID が %2 個あります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="96"/>
        <source>%1: nothing to compare</source>
        <translation>%1: 比較するものがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="97"/>
        <source>kmeansAssign: needs 1 to %1 clusters, got %2</source>
        <translation>kmeansAssign: クラスタ数は 1 から %1 までにしてください（指定: %2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="98"/>
        <source>%1needs at least %2 embeddings, got %3</source>
        <translation>%1埋め込みが %2 個以上必要ですが、%3 個しかありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="99"/>
        <source>%1embeddings have no dimension</source>
        <translation>%1埋め込みに次元がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="100"/>
        <source>%1embedding matrix holds %2 values, expected %3 x %4</source>
        <translation>%1埋め込み行列の値は %2 個ですが、%3 x %4 個必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="101"/>
        <source>%1embedding row %2 holds %3, expected finite values within +-1e15</source>
        <translation>%1埋め込みの %2 行目に %3 があります。+-1e15 以内の有限値が必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="102"/>
        <source>%1: %2 labels for %3 embeddings</source>
        <translation>%1: 埋め込み %3 個に対してラベルが %2 個あります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="103"/>
        <source>%1: %2 gallery flags for %3 rows</source>
        <translation>%1: %3 行に対してギャラリーフラグが %2 個あります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="104"/>
        <source>%1: Recall@K needs K &gt;= 1, got %2</source>
        <translation>%1: Recall@K には K &gt;= 1 が必要です（指定: %2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="105"/>
        <source>query / gallery evaluation: %1 of %2 rows are gallery rows; it needs both queries and a gallery</source>
        <translation>クエリ / ギャラリー評価: %2 行のうちギャラリー行は %1 行です。クエリとギャラリーの両方が必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="106"/>
        <source>%1%2 pair&apos;s distance is not finite</source>
        <translation>%1%2 ペアの距離が有限値ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="107"/>
        <source>verification: the curve needs same-class and different-class pairs</source>
        <translation>照合: 曲線には同一クラスのペアと異なるクラスのペアが必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="108"/>
        <source>verification: choosing a threshold needs different-class pairs</source>
        <translation>照合: しきい値を選ぶには異なるクラスのペアが必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="109"/>
        <source>verification: the target false-accept rate must be in [0, 1]</source>
        <translation>照合: 目標の誤受入率は [0, 1] の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="110"/>
        <source>verification: no class has two images, so there is no same-class pair</source>
        <translation>照合: 画像が 2 枚あるクラスがないため、同一クラスのペアがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="111"/>
        <source>verification: every image is of one class, so there is no different-class pair</source>
        <translation>照合: すべての画像が同じクラスのため、異なるクラスのペアがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="112"/>
        <source>verification: the pair limits must be at least 1</source>
        <translation>照合: ペア数の上限は 1 以上にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="113"/>
        <source>checkpoint &apos;%1&apos; does not exist</source>
        <translation>チェックポイント &apos;%1&apos; が存在しません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="114"/>
        <source>checkpoint &apos;%1&apos; cannot be read: %2</source>
        <translation>チェックポイント &apos;%1&apos; を読めません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="115"/>
        <source>&apos;%1&apos; lists stage &apos;%2&apos;, which this Grindstone does not know</source>
        <translation>&apos;%1&apos; にこの Grindstone が知らないステージ &apos;%2&apos; があります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="116"/>
        <source>&apos;%1&apos; refers to image %2, outside the dataset &apos;%3&apos; (%4 images); was the dataset changed?</source>
        <translation>&apos;%1&apos; はデータセット &apos;%3&apos;（画像 %4 枚）の範囲外の画像 %2 を参照しています。データセットが変更されましたか？</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="117"/>
        <source>&apos;%1&apos;: stage &apos;%2&apos; has %3 columns, the snapshot %4</source>
        <translation>&apos;%1&apos;: ステージ &apos;%2&apos; の列数は %3 ですが、スナップショットは %4 です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="118"/>
        <source>cannot write &apos;%1&apos;: %2 tiles of %3 x %4 px make a %5 x %6 px sprite, over TensorBoard&apos;s limit of %7 x %8 px; train with a smaller snapshot_size</source>
        <translation>&apos;%1&apos; に書き込めません: %3 x %4 px のタイル %2 枚で %5 x %6 px のスプライトになり、TensorBoard の上限 %7 x %8 px を超えます。より小さい snapshot_size で学習してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="119"/>
        <source>cannot write &apos;%1&apos;: PNG encoding failed</source>
        <translation>&apos;%1&apos; に書き込めません: PNG エンコードに失敗しました</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="120"/>
        <source>cannot write &apos;%1&apos;: &apos;%2&apos; is a file, not a folder</source>
        <translation>&apos;%1&apos; に書き込めません: &apos;%2&apos; はファイルで、フォルダではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="121"/>
        <source>cannot write &apos;%1&apos;: cannot create folder &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; に書き込めません: フォルダ &apos;%2&apos; を作成できません: %3</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="122"/>
        <source>nothing to export from &apos;%1&apos;: ask for a TorchScript file and / or a projector folder</source>
        <translation>&apos;%1&apos; からエクスポートするものがありません: TorchScript ファイルとプロジェクター用フォルダの一方または両方を指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="123"/>
        <source>&apos;%1&apos; is damaged: %2</source>
        <translation>&apos;%1&apos; は破損しています: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="124"/>
        <source>&apos;%1&apos;: key &apos;%2&apos; is missing or malformed (%3)</source>
        <translation>&apos;%1&apos;: キー &apos;%2&apos; がないか、形式が不正です（%3）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="125"/>
        <source>&apos;%1&apos;: %2 has %3 entries for %4 rows</source>
        <translation>&apos;%1&apos;: %4 行に対して %2 の要素が %3 個あります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="126"/>
        <source>&apos;%1&apos; holds %2 rows; &apos;%3&apos; lists %4 triplets</source>
        <translation>&apos;%1&apos; は %2 行ですが、&apos;%3&apos; には %4 個のトリプレットが記載されています</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="127"/>
        <source>run &apos;%1&apos; has no %2 (%3 holds none)</source>
        <translation>実行 &apos;%1&apos; に %2 がありません（%3 には何もありません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="128"/>
        <source>run &apos;%1&apos; has no %2 for step %3 (&apos;%4&apos; does not exist); its %5s are at steps %6</source>
        <translation>実行 &apos;%1&apos; にステップ %3 の %2 がありません（&apos;%4&apos; が存在しません）。%5 があるステップ: %6</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="129"/>
        <source>running mean state is malformed</source>
        <translation>移動平均の状態の形式が不正です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="130"/>
        <source>running mean state holds %1 values for a window of %2</source>
        <translation>移動平均の状態に、窓幅 %2 に対して %1 個の値があります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="131"/>
        <source>running mean state is truncated</source>
        <translation>移動平均の状態が途中で切れています</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="132"/>
        <source>warm-up state &apos;%1&apos; is not a count of steps</source>
        <translation>ウォームアップの状態 &apos;%1&apos; がステップ数ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="133"/>
        <source>schedule state has too few lines</source>
        <translation>スケジュールの状態の行数が足りません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="134"/>
        <source>option &apos;art_margin_low&apos; (%1) must not exceed &apos;art_margin_high&apos; (%2)</source>
        <translation>オプション &apos;art_margin_low&apos;（%1）は &apos;art_margin_high&apos;（%2）以下にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="135"/>
        <source>unknown method &apos;%1&apos;; expected one of: triplet, hdml, two-stage</source>
        <translation>不明な手法 &apos;%1&apos; です。triplet、hdml、two-stage のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="136"/>
        <source>unknown miner &apos;%1&apos;; expected one of: random, semihard, batch-hard, distance-weighted</source>
        <translation>不明なマイナー &apos;%1&apos; です。random、semihard、batch-hard、distance-weighted のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="137"/>
        <source>option &apos;%1&apos;: &apos;%2&apos; is not a number (expected one value per channel, like 0.485,0.456,0.406)</source>
        <translation>オプション &apos;%1&apos;: &apos;%2&apos; は数値ではありません（0.485,0.456,0.406 のように、チャンネルごとに 1 つの値を指定してください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="138"/>
        <source>option &apos;%1&apos;: %2 values for %3 channels</source>
        <translation>オプション &apos;%1&apos;: %3 チャンネルに対して値が %2 個あります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="139"/>
        <source>option &apos;backbone_module&apos; is empty; backbone = torchscript needs the TorchScript file of the backbone</source>
        <translation>オプション &apos;backbone_module&apos; が空です。backbone = torchscript にはバックボーンの TorchScript ファイルが必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="140"/>
        <source>%1 does not exist</source>
        <translation>%1 が存在しません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="141"/>
        <source>%1 is not a TorchScript module (%2); save one with torch.jit.script(model).save(path)</source>
        <translation>%1 は TorchScript モジュールではありません（%2）。torch.jit.script(model).save(path) で保存してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="142"/>
        <source>%1: its input_size attribute must be one side from 8 to %2 px or a square shape ([C, H, W] or [H, W]); set image_size instead</source>
        <translation>%1: input_size 属性は 8 から %2 px までの一辺、または正方形の形 ([C, H, W] か [H, W]) でなければなりません。代わりに image_size を設定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="143"/>
        <source>%1: two of its tensors are both named &apos;%2&apos; once dots become underscores</source>
        <translation>%1: ドットをアンダースコアに置き換えると、2 つのテンソルが同じ名前 &apos;%2&apos; になります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="144"/>
        <source>%1 returns something other than a tensor</source>
        <translation>%1 がテンソル以外のものを返します</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="145"/>
        <source>%1 fails on a 2 x %2 x %3 x %4 batch (channels and image_size): %5</source>
        <translation>%1 は 2 x %2 x %3 x %4 のバッチ（channels と image_size）で失敗します: %5</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="146"/>
        <source>%1 maps N x C x H x W to %2-D output; it must return N x F features or N x F x h x w maps</source>
        <translation>%1 は N x C x H x W を %2 次元の出力に変換します。N x F の特徴量か N x F x h x w のマップを返す必要があります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="147"/>
        <source>option &apos;backbone_module&apos;: &apos;%1&apos; is not the file this checkpoint was trained with (its bytes changed); a frozen backbone is not stored in checkpoints: put that file back</source>
        <translation>オプション &apos;backbone_module&apos;: &apos;%1&apos; はこのチェックポイントの学習に使ったファイルではありません（内容が変わっています）。固定したバックボーンはチェックポイントに保存されないため、そのファイルを元に戻してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="148"/>
        <source>option &apos;%1&apos;: &apos;%2&apos; is not valid; expected %3</source>
        <translation>オプション &apos;%1&apos;: &apos;%2&apos; は無効です。%3 を指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="149"/>
        <source>unknown option &apos;%1&apos;; known options: %2</source>
        <translation>不明なオプション &apos;%1&apos; です。使えるオプション: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="150"/>
        <source>&apos;%1&apos; is not of the form KEY=VALUE</source>
        <translation>&apos;%1&apos; は KEY=VALUE の形式ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="151"/>
        <source>cannot read config file &apos;%1&apos;</source>
        <translation>設定ファイル &apos;%1&apos; を読めません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="152"/>
        <source>config &apos;%1&apos; is not valid JSON: %2</source>
        <translation>設定 &apos;%1&apos; は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="153"/>
        <source>config &apos;%1&apos; must hold a JSON object of option values</source>
        <translation>設定 &apos;%1&apos; にはオプション値の JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="154"/>
        <source>config &apos;%1&apos;: option &apos;%2&apos; must be a string, number or boolean</source>
        <translation>設定 &apos;%1&apos;: オプション &apos;%2&apos; は文字列、数値、真偽値のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="155"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="156"/>
        <source>projection method &apos;%1&apos; is unknown; expected pca, tsne or umap</source>
        <translation>射影手法 &apos;%1&apos; は不明です。pca、tsne、umap のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="157"/>
        <source>%1dims = %2; expected 2 or 3</source>
        <translation>%1dims = %2 です。2 か 3 を指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="158"/>
        <source>%1perplexity %2 does not fit %3 points; it must be above 0 and below the point count</source>
        <translation>%1perplexity %2 は %3 点に合いません。0 より大きく、点の数より小さくしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="159"/>
        <source>%1needs at least 1 iteration, got %2</source>
        <translation>%1反復回数は 1 以上必要です（指定: %2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="160"/>
        <source>%1theta %2 must be &gt;= 0</source>
        <translation>%1theta %2 は &gt;= 0 にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="161"/>
        <source>%1%2 neighbours do not fit %3 points; expected 2 to the point count</source>
        <translation>%1近傍数 %2 は %3 点に合いません。2 から点の数までにしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="162"/>
        <source>%1min_dist %2 must be in [0, 1] (the spread)</source>
        <translation>%1min_dist %2 は [0, 1] の範囲にしてください（広がり）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="163"/>
        <source>%1epochs %2 must be &gt;= 0 (0 = automatic)</source>
        <translation>%1epochs %2 は &gt;= 0 にしてください（0 = 自動）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="164"/>
        <source>trustworthiness: layout has %1 rows, data %2</source>
        <translation>信頼性（trustworthiness）: レイアウトは %1 行、データは %2 行です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="165"/>
        <source>trustworthiness: k = %1 must be in [1, %2] for %3 points</source>
        <translation>信頼性（trustworthiness）: 点が %3 個の場合、k = %1 は [1, %2] の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="166"/>
        <source>k-NN label agreement: k = %1 must be in [1, %2]</source>
        <translation>k-NN ラベル一致率: k = %1 は [1, %2] の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="167"/>
        <source>PCA: needs at least 1 component, got %1</source>
        <translation>PCA: 主成分は 1 個以上必要です（指定: %1）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="168"/>
        <source>alignment: layout is %1 x %2, reference %3 x %4; expected the same shape</source>
        <translation>位置合わせ: レイアウトは %1 x %2、参照は %3 x %4 です。同じ形状である必要があります</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="169"/>
        <source>run folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>実行フォルダ &apos;%1&apos; が存在しないか、フォルダではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="170"/>
        <source>&apos;%1&apos; is not a Grindstone run (no run.json)</source>
        <translation>&apos;%1&apos; は Grindstone の実行ではありません（run.json がありません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="171"/>
        <source>&apos;%1&apos; is not a decoder report: %2</source>
        <translation>&apos;%1&apos; はデコーダのレポートではありません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="172"/>
        <source>&apos;%1&apos; is not a readable decoder: %2</source>
        <translation>&apos;%1&apos; は読み込めるデコーダではありません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="173"/>
        <source>&apos;%1&apos; has no decoder yet (decoder/step-N.pt)</source>
        <translation>&apos;%1&apos; にはまだデコーダがありません（decoder/step-N.pt）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="174"/>
        <source>decoder: embeddings have %1 dimensions, the decoder %2</source>
        <translation>デコーダ: 埋め込みは %1 次元ですが、デコーダは %2 次元です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="175"/>
        <source>decoder: steps and batch size must be &gt;= 1, images &gt;= 20, learning rate &gt; 0 and the held-out share in (0, 1)</source>
        <translation>デコーダ: ステップ数とバッチサイズは &gt;= 1、画像数は &gt;= 20、学習率は &gt; 0、ホールドアウトの割合は (0, 1) の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="176"/>
        <source>&apos;%1&apos; has no checkpoint at step %2 (missing %3)</source>
        <translation>&apos;%1&apos; にはステップ %2 のチェックポイントがありません（%3 がありません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="177"/>
        <source>the probe batch of step %1 has no stage &apos;%2&apos;</source>
        <translation>ステップ %1 のプローブバッチにステージ &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="178"/>
        <source>quality: neighbours must be at least 1</source>
        <translation>品質: 近傍数は 1 以上にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="179"/>
        <source>quality: the real reference has %1 rows; at least neighbours + 1 = %2 are needed</source>
        <translation>品質: 実データの参照は %1 行です。近傍数 + 1 = %2 行以上必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="180"/>
        <source>quality: the real reference&apos;s labels or indices do not match its rows</source>
        <translation>品質: 実データの参照のラベルまたはインデックスが行と一致しません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="181"/>
        <source>quality: the real reference holds a single class</source>
        <translation>品質: 実データの参照に 1 クラスしかありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="182"/>
        <source>quality: stage &apos;%1&apos; has %2 columns, the reference %3</source>
        <translation>品質: ステージ &apos;%1&apos; の列数は %2 ですが、参照は %3 です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="183"/>
        <source>quality: stage &apos;%1&apos; has %2 rows, the probe batch %3 triplets</source>
        <translation>品質: ステージ &apos;%1&apos; は %2 行ですが、プローブバッチは %3 トリプレットです</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="184"/>
        <source>quality: unknown stage &apos;%1&apos;</source>
        <translation>品質: 不明なステージ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="185"/>
        <source>%1 is not set (WORLD_SIZE is: a distributed rank needs RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT)</source>
        <translation>%1 が設定されていません（WORLD_SIZE は設定されています: 分散実行のランクには RANK、WORLD_SIZE、MASTER_ADDR、MASTER_PORT が必要です）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="186"/>
        <source>%1=&apos;%2&apos; is not an integer from %3 to %4</source>
        <translation>%1=&apos;%2&apos; は %3 から %4 までの整数ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="187"/>
        <source>MASTER_ADDR is not set (the host of rank 0, e.g. 127.0.0.1)</source>
        <translation>MASTER_ADDR が設定されていません（ランク 0 のホスト。例: 127.0.0.1）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="188"/>
        <source>rank %1 of %2 could not join the process group at %3: %4</source>
        <translation>ランク %1（ワールドサイズ %2）が %3 のプロセスグループに参加できませんでした: %4</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="189"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="190"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を読めません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="191"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>&apos;%1&apos; を読み込めません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="192"/>
        <source>&apos;%1&apos; is not a readable .npy array: %2</source>
        <translation>&apos;%1&apos; は読み込める .npy 配列ではありません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="193"/>
        <source>QA verdict &apos;%1&apos; is not one of: accepted, rejected, &quot;&quot;</source>
        <translation>QA 判定 &apos;%1&apos; は accepted、rejected、&quot;&quot; のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="194"/>
        <source>&apos;%1&apos; is QA tag format %2, newer than this Grindstone reads (%3)</source>
        <translation>&apos;%1&apos; は QA タグ形式 %2 で、この Grindstone が読める形式（%3）より新しいものです</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="195"/>
        <source>cannot create the folder of &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; のフォルダを作成できません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="196"/>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; はフォルダではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="197"/>
        <source>&apos;%1&apos; is not a Grindstone run (no config.json / run.json)</source>
        <translation>&apos;%1&apos; は Grindstone の実行ではありません（config.json / run.json がありません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="198"/>
        <source>&apos;%1&apos; has no format_version: not a Grindstone run file</source>
        <translation>&apos;%1&apos; に format_version がありません: Grindstone の実行ファイルではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="199"/>
        <source>&apos;%1&apos; is session format %2, newer than this Grindstone reads (%3)</source>
        <translation>&apos;%1&apos; はセッション形式 %2 で、この Grindstone が読める形式（%3）より新しいものです</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="200"/>
        <source>run &apos;%1&apos; has no checkpoint in checkpoints/</source>
        <translation>実行 &apos;%1&apos; の checkpoints/ にチェックポイントがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="201"/>
        <source>workspace &apos;%1&apos; is not a folder</source>
        <translation>ワークスペース &apos;%1&apos; はフォルダではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="202"/>
        <source>cannot read workspace &apos;%1&apos;: %2</source>
        <translation>ワークスペース &apos;%1&apos; を読めません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="203"/>
        <source>&apos;%1&apos; already holds a run; choose another --out folder</source>
        <translation>&apos;%1&apos; には既に実行があります。別の --out フォルダを選んでください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="204"/>
        <source>cannot create run folder &apos;%1&apos;: %2</source>
        <translation>実行フォルダ &apos;%1&apos; を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="205"/>
        <source>cannot open &apos;%1/metrics.jsonl&apos; for writing</source>
        <translation>&apos;%1/metrics.jsonl&apos; を書き込み用に開けません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="206"/>
        <source>cannot repair &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を修復できません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="207"/>
        <source>cannot open &apos;%1&apos; for writing</source>
        <translation>&apos;%1&apos; を書き込み用に開けません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="208"/>
        <source>cannot create &apos;%1&apos;</source>
        <translation>&apos;%1&apos; を作成できません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="209"/>
        <source>run &apos;%1&apos; is being written by another process</source>
        <translation>実行 &apos;%1&apos; は別のプロセスが書き込み中です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="210"/>
        <source>cannot create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="211"/>
        <source>&apos;%1&apos; has no probe batch at step %2 (missing %3)</source>
        <translation>&apos;%1&apos; にはステップ %2 のプローブバッチがありません（%3 がありません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="212"/>
        <source>%1: not a thumbnails sidecar (tile_width, tile_height, grid_columns, dataset_indices and labels expected)</source>
        <translation>%1: サムネイルのサイドカーファイルではありません（tile_width, tile_height, grid_columns, dataset_indices, labels が必要です）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="213"/>
        <source>run &apos;%1&apos; (%2) has no checkpoint in checkpoints/ to continue from</source>
        <translation>実行 &apos;%1&apos;（%2）の checkpoints/ に、続行に使えるチェックポイントがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="214"/>
        <source>run &apos;%1&apos; has no readable checkpoint:%2</source>
        <translation>実行 &apos;%1&apos; に読み込めるチェックポイントがありません:%2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="215"/>
        <source>resuming &apos;%1&apos; would change options the run was trained with:%2
ask for it explicitly (--allow-config-change) to continue with them; the change is then recorded in the run</source>
        <translation>&apos;%1&apos; を再開すると、実行の学習時のオプションが変わります:%2
続行するには明示的に指定してください（--allow-config-change）。変更は実行に記録されます</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="216"/>
        <source>cannot write the rollback checkpoint &apos;%1&apos;</source>
        <translation>ロールバック用のチェックポイント &apos;%1&apos; を書き込めません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="217"/>
        <source>option &apos;lr_drops&apos;: &apos;%1&apos; is not a fraction of the steps in (0, 1)</source>
        <translation>オプション &apos;lr_drops&apos;: &apos;%1&apos; は (0, 1) の範囲のステップ数の割合ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="218"/>
        <source>option &apos;device&apos;: cuda was asked for but no CUDA device is available to this LibTorch build; use device=cpu</source>
        <translation>オプション &apos;device&apos;: cuda が指定されましたが、この LibTorch ビルドで使える CUDA デバイスがありません。device=cpu を使ってください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="219"/>
        <source>cannot write checkpoint &apos;%1&apos;: %2</source>
        <translation>チェックポイント &apos;%1&apos; を書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="220"/>
        <source>cannot write checkpoint &apos;%1&apos;: rename failed</source>
        <translation>チェックポイント &apos;%1&apos; を書き込めません: 名前の変更に失敗しました</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="221"/>
        <source>checkpoint &apos;%1&apos; holds a malformed random generator state</source>
        <translation>チェックポイント &apos;%1&apos; の乱数生成器の状態が不正です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="222"/>
        <source>checkpoint &apos;%1&apos; holds too few learning rates for &apos;%2&apos;</source>
        <translation>チェックポイント &apos;%1&apos; には &apos;%2&apos; の学習率が足りません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="223"/>
        <source>backbone features of %1 images read from the cache %2</source>
        <translation>画像 %1 枚のバックボーン特徴量をキャッシュ %2 から読み込みました</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="224"/>
        <source>computing backbone features: %1 / %2 images</source>
        <translation>バックボーン特徴量を計算中: %1 / %2 枚</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="225"/>
        <source>backbone features cached in %1</source>
        <translation>バックボーン特徴量を %1 にキャッシュしました</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="226"/>
        <source>metric learning rate halved</source>
        <translation>距離学習の学習率を半分にしました</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="227"/>
        <source>the Parzen estimator needs at least two observed settings</source>
        <translation>Parzen 推定器には試した設定が 2 つ以上必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="229"/>
        <source>%1 is not an option (grindstone-cli options lists them)</source>
        <translation>%1 はオプションではありません（grindstone-cli options で一覧を表示できます）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="230"/>
        <source>%1: give exactly one of {&quot;log&quot;: [low, high]}, {&quot;linear&quot;: [low, high]} or {&quot;choices&quot;: [...]}</source>
        <translation>%1: {&quot;log&quot;: [low, high]}、{&quot;linear&quot;: [low, high]}、{&quot;choices&quot;: [...]} のいずれか 1 つだけを指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="231"/>
        <source>%1: &quot;choices&quot; must be a non-empty list</source>
        <translation>%1: &quot;choices&quot; は空でないリストにしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="232"/>
        <source>%1: unknown range kind &apos;%2&apos; (expected log, linear or choices)</source>
        <translation>%1: 不明な範囲の種類 &apos;%2&apos; です（log、linear、choices のいずれかを指定してください）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="233"/>
        <source>%1 is not a number; give its values as {&quot;choices&quot;: [...]}</source>
        <translation>%1 は数値ではありません。値を {&quot;choices&quot;: [...]} で指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="234"/>
        <source>%1: &quot;%2&quot; must be [low, high], two numbers</source>
        <translation>%1: &quot;%2&quot; は 2 つの数値 [low, high] にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="235"/>
        <source>%1: the low end must be below the high end</source>
        <translation>%1: 下限は上限より小さくしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="236"/>
        <source>%1: a log range must lie above 0</source>
        <translation>%1: 対数の範囲は 0 より大きくしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="237"/>
        <source>%1: [%2, %3] leaves the allowed values (%4)</source>
        <translation>%1: [%2, %3] は許容値（%4）の範囲を外れています</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="238"/>
        <source>%1: not JSON (%2)</source>
        <translation>%1: JSON ではありません（%2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="239"/>
        <source>%1: a search space is a JSON object, one member per option</source>
        <translation>%1: 探索空間は、オプションごとに 1 つのメンバーを持つ JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="240"/>
        <source>%1: the search space has no option</source>
        <translation>%1: 探索空間にオプションがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="259"/>
        <source>tune: %1: its setting is not of this search (%2)</source>
        <translation>tune: %1: その設定はこの探索のものではありません (%2)</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="228"/>
        <source>a search point needs one coordinate per option of the space</source>
        <translation>探索点には空間のオプションごとに 1 つの座標が必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="241"/>
        <source>a search needs at least one trial</source>
        <translation>探索には 1 回以上の試行が必要です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="242"/>
        <source>the halving factor eta must be at least 2</source>
        <translation>半減係数 eta は 2 以上にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="243"/>
        <source>the smallest rung must be between 1 step and the budget</source>
        <translation>最小の段は 1 ステップから予算までの間にしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="244"/>
        <source>%1: no readable search space (%2)</source>
        <translation>%1: 読み取れる探索空間がありません（%2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="245"/>
        <source>%1: &apos;folds&apos; is not a number from 1 to 100</source>
        <translation>%1: &apos;folds&apos; は 1 から 100 までの数ではありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="246"/>
        <source>%1: more trials than a search can hold</source>
        <translation>%1: 探索で扱える数を超える試行数です</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="247"/>
        <source>&apos;%1&apos; holds no search (no tune.json)</source>
        <translation>&apos;%1&apos; には探索がありません（tune.json がありません）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="248"/>
        <source>the search in &apos;%1&apos; has no answer yet (no best.json): run it again to finish it</source>
        <translation>&apos;%1&apos; の探索にはまだ結果がありません（best.json がありません）: もう一度実行して完了させてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="249"/>
        <source>%1: no search space in it</source>
        <translation>%1: 探索空間がありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="250"/>
        <source>tune: %1 validation folds; give a number from 1 to 100</source>
        <translation>tune: 検証フォールド数 %1 は使えません。1 から 100 までの数を指定してください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="251"/>
        <source>tune: %1 validation folds of %2 classes need %3 training classes besides the validation ones (there are %4); give fewer folds or fewer validation classes</source>
        <translation>tune: 1 フォールドあたり %2 クラスの検証フォールド %1 個には、検証クラス以外に学習クラスが %3 個必要です（現在 %4 個）。フォールド数か検証クラスを減らしてください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="252"/>
        <source>tune: the search space has no option</source>
        <translation>tune: 探索空間にオプションがありません</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="253"/>
        <source>tune: the evaluation makes no metric &apos;%1&apos; (%2)</source>
        <translation>tune: 評価は指標 &apos;%1&apos; を出力しません（%2）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="254"/>
        <source>tune chooses settings on validation classes, never on the test classes: hold some training classes out with --set validation_classes=LIST (e.g. the last fifth of them)</source>
        <translation>tune は設定をテストクラスではなく検証クラスで選びます: --set validation_classes=LIST で学習クラスの一部を取り分けてください（例: 最後の 5 分の 1）</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="255"/>
        <source>tune: a round proposes at least one setting</source>
        <translation>tune: 1 回の提案では少なくとも 1 つの設定を提案します</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="256"/>
        <source>tune: &apos;%1&apos; holds a search with other settings (its tune.json); run that search again to continue it, or choose another --out</source>
        <translation>tune: &apos;%1&apos; には別の設定の探索があります（その tune.json）。続行するにはその探索をもう一度実行するか、別の --out を選んでください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="257"/>
        <source>tune: &apos;%1&apos; is a folder that holds something else than a search; choose another --out</source>
        <translation>tune: &apos;%1&apos; は探索以外のものを含むフォルダです。別の --out を選んでください</translation>
    </message>
    <message>
        <location filename="../common/CoreMessageStrings.cpp" line="258"/>
        <source>tune: cannot create &apos;%1&apos;: %2</source>
        <translation>tune: &apos;%1&apos; を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../experiment/StepRate.cpp" line="39"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../experiment/StepRate.cpp" line="41"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../experiment/StepRate.cpp" line="44"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>EmbeddingScene</name>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="10"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="24"/>
        <source>evaluation test</source>
        <translation>評価（テスト）</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="26"/>
        <source>evaluation train</source>
        <translation>評価（学習）</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="28"/>
        <source>real anchor</source>
        <translation>実アンカー</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="30"/>
        <source>real positive</source>
        <translation>実ポジティブ</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="32"/>
        <source>real negative</source>
        <translation>実ネガティブ</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="34"/>
        <source>stretched</source>
        <translation>伸長</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="36"/>
        <source>stage-1 output</source>
        <translation>ステージ 1 出力</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="38"/>
        <source>reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="40"/>
        <source>stage-2 output</source>
        <translation>ステージ 2 出力</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="42"/>
        <source>HDML interpolated</source>
        <translation>HDML 補間</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="44"/>
        <source>HDML generated</source>
        <translation>HDML 生成</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="54"/>
        <source>stage 1</source>
        <translation>ステージ 1</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="56"/>
        <source>stage 2</source>
        <translation>ステージ 2</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="59"/>
        <source>HDML</source>
        <translation>HDML</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="61"/>
        <source>real</source>
        <translation>実データ</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="80"/>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingScene.cpp" line="81"/>
        <source>train</source>
        <translation>学習</translation>
    </message>
</context>
<context>
    <name>MarkerStyle</name>
    <message>
        <location filename="../charts/MarkerStyle.cpp" line="10"/>
        <source>evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../charts/MarkerStyle.cpp" line="13"/>
        <source>checkpoint</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <location filename="../charts/MarkerStyle.cpp" line="16"/>
        <source>LR drop</source>
        <translation>学習率の低下</translation>
    </message>
    <message>
        <location filename="../charts/MarkerStyle.cpp" line="19"/>
        <source>rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <location filename="../charts/MarkerStyle.cpp" line="22"/>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <location filename="../charts/MarkerStyle.cpp" line="25"/>
        <source>config change</source>
        <translation>設定変更</translation>
    </message>
    <message>
        <location filename="../charts/MarkerStyle.cpp" line="28"/>
        <source>resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>OpenGlSupport</name>
    <message>
        <location filename="../embedding/OpenGlSupport.cpp" line="24"/>
        <source>no OpenGL 3.2 context on the &apos;%1&apos; Qt platform: run under xvfb-run -a -s &quot;-screen 0 1600x1000x24&quot; (as CI does)</source>
        <translation>Qt プラットフォーム &apos;%1&apos; では OpenGL 3.2 コンテキストを作れません: xvfb-run -a -s &quot;-screen 0 1600x1000x24&quot; の下で実行してください（CI と同じ）</translation>
    </message>
</context>
<context>
    <name>OptionTable</name>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="10"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="11"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="12"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="13"/>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="14"/>
        <source>Stage 1</source>
        <translation>ステージ 1</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="15"/>
        <source>Stage 2</source>
        <translation>ステージ 2</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="16"/>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="17"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="18"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="19"/>
        <source>classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="20"/>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="21"/>
        <source>triplets</source>
        <translation>トリプレット</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="22"/>
        <source>batches</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="23"/>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="24"/>
        <source>threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="25"/>
        <source>pairs</source>
        <translation>ペア</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="26"/>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="27"/>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="28"/>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="29"/>
        <source>choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="30"/>
        <location filename="../experiment/OptionText.cpp" line="62"/>
        <location filename="../experiment/OptionText.cpp" line="64"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="31"/>
        <source>Dataset: glyphs (the glyph benchmark, built on first use into the user&apos;s data folder), fashion-mnist (Debian&apos;s dataset-fashion-mnist), or a path: a folder of IDX files (every images/labels pair in it is pooled), a folder with one sub-folder of images per class, a CUB-200-2011, Cars196, Stanford Online Products or In-Shop Clothes folder as published, or a CSV file of path,label[,split] rows.</source>
        <translation>データセット: glyphs（グリフベンチマーク。初回使用時にユーザーのデータフォルダへ作成）、fashion-mnist（Debian の dataset-fashion-mnist）、またはパス: IDX ファイルのフォルダ（中の images/labels の組をすべてまとめる）、クラスごとに画像のサブフォルダを持つフォルダ、公開時のままの CUB-200-2011・Cars196・Stanford Online Products・In-Shop Clothes のフォルダ、または path,label[,split] 行の CSV ファイル。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="32"/>
        <source>How to read `dataset`; auto picks by the files it finds: images.txt + image_class_labels.txt (cub), cars_annos.mat (cars), Ebay_train.txt (sop), list_eval_partition.txt (inshop: its test images are evaluated as queries against a gallery), IDX files (idx), a .csv file (csv), else class sub-folders (folder).</source>
        <translation>`dataset` の読み方。auto は見つかったファイルで選びます: images.txt + image_class_labels.txt（cub）、cars_annos.mat（cars）、Ebay_train.txt（sop）、list_eval_partition.txt（inshop: テスト画像をクエリとしてギャラリーに対して評価）、IDX ファイル（idx）、.csv ファイル（csv）、それ以外はクラスのサブフォルダ（folder）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="33"/>
        <source>An image file that does not decode: fail names it; skip leaves it out and warns with the count.</source>
        <translation>デコードできない画像ファイルの扱い: fail はそのファイル名を示して止め、skip は除外して件数を警告します。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="34"/>
        <source>Side length images are resized to; 0 keeps IDX images as they are and resizes other images to 32 (with backbone = torchscript: the module&apos;s input_size attribute, else 224).</source>
        <translation>画像をリサイズする一辺の長さ。0 なら IDX 画像はそのまま、他の画像は 32（backbone = torchscript ならモジュールの input_size 属性、なければ 224）にリサイズします。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="35"/>
        <source>1 = grayscale, 3 = colour (image folders).</source>
        <translation>1 = グレースケール、3 = カラー（画像フォルダ）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="36"/>
        <source>How an image that is not square becomes image_size x image_size: stretch (resize both sides), or crop (shorter side to image_size, then the centre square: the literature&apos;s evaluation transform for photographs).</source>
        <translation>正方形でない画像を image_size x image_size にする方法: stretch（両辺をリサイズ）または crop（短辺を image_size にしてから中央の正方形を切り出す。写真の評価で文献が使う変換）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="37"/>
        <source>Where decoded images are kept: memory, or disk (a file in the cache folder, mapped into memory and deleted when the run ends: a dataset larger than memory still loads); auto takes the disk when they would fill more than a quarter of the machine&apos;s memory.</source>
        <translation>デコード済み画像の置き場所: memory、または disk（キャッシュフォルダのファイルをメモリにマップし、実行の終了時に削除。メモリより大きなデータセットも読み込めます）。auto はマシンのメモリの 4 分の 1 を超えるときに disk を使います。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="38"/>
        <source>Training batches only: random resized crops (16-100 % of the area, aspect 3:4 to 4:3, resized back) and / or horizontal flips. Never flip characters or digits (a mirrored b is a d). Not applied in feature mode.</source>
        <translation>学習バッチのみ: ランダムなリサイズ付き切り抜き（面積の 16-100 %、縦横比 3:4 から 4:3、元のサイズに戻す）と左右反転。文字や数字は反転しないこと（b を反転すると d）。特徴量モードでは適用しません。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="39"/>
        <source>Training classes: first-half, second-half, official (the dataset&apos;s own split: CUB, Cars196, SOP, a CSV with a split column), or a list like 0-4,7.</source>
        <translation>学習クラス: first-half、second-half、official（データセット自身の分割: CUB、Cars196、SOP、split 列のある CSV）、または 0-4,7 のようなリスト。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="40"/>
        <source>Test classes (never trained on): first-half, second-half, official, or a list.</source>
        <translation>テストクラス（学習には使わない）: first-half、second-half、official、またはリスト。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="41"/>
        <source>Training classes held out for validation (tuning); empty = none.</source>
        <translation>検証（チューニング）用に取り分ける学習クラス。空 = なし。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="42"/>
        <source>P of the P x K sampler: classes per batch (capped at the class count).</source>
        <translation>P x K サンプラーの P: バッチあたりのクラス数（クラス数が上限）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="43"/>
        <source>K of the P x K sampler: images per class in a batch.</source>
        <translation>P x K サンプラーの K: バッチ内のクラスあたりの画像数。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="44"/>
        <source>Triplets formed from each batch (the reference uses 43).</source>
        <translation>各バッチから作るトリプレットの数（参照設定は 43）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="45"/>
        <source>P x K batches per step and process, each mined and generated on its own, their gradients and schedule figures averaged: one process computing what as many distributed ranks compute together.</source>
        <translation>ステップ・プロセスあたりの P x K バッチ数。各バッチを個別にマイニング・生成し、勾配とスケジュールの値を平均します: 同じ数の分散ランクが共同で計算する内容を 1 プロセスで計算します。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="46"/>
        <source>The metric network&apos;s BatchNorm layers take their statistics over every batch of the step (all micro-batches, all ranks) instead of each batch&apos;s own; a TorchScript backbone&apos;s own layers excepted.</source>
        <translation>距離学習ネットワークの BatchNorm 層が、各バッチ自身の統計量ではなく、ステップのすべてのバッチ (すべてのマイクロバッチ、すべてのランク) にわたる統計量を使います。TorchScript バックボーン自身の層は除きます。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="47"/>
        <source>CNN backbone; auto = small for images up to 32 px, deep above; torchscript = the module in backbone_module.</source>
        <translation>CNN バックボーン。auto = 32 px までの画像は small、それより大きければ deep。torchscript = backbone_module のモジュール。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="48"/>
        <source>TorchScript file of the backbone (backbone = torchscript): a module mapping N x C x H x W images to N x F features or N x F x h x w maps (pooled by GeM), e.g. a torchvision ResNet-50 exported with pretrained weights.</source>
        <translation>バックボーンの TorchScript ファイル（backbone = torchscript）: N x C x H x W の画像を N x F の特徴量または N x F x h x w のマップ（GeM でプーリング）に写すモジュール。例: 事前学習済みの重みごとエクスポートした torchvision の ResNet-50。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="49"/>
        <source>Per-channel input mean of a TorchScript backbone (e.g. 0.485,0.456,0.406 for ImageNet models); empty = its `mean` attribute, else 0.5.</source>
        <translation>TorchScript バックボーンのチャンネルごとの入力平均（例: ImageNet モデルなら 0.485,0.456,0.406）。空 = モジュールの `mean` 属性、なければ 0.5。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="50"/>
        <source>Per-channel input std of a TorchScript backbone (e.g. 0.229,0.224,0.225); empty = its `std` attribute, else 0.25.</source>
        <translation>TorchScript バックボーンのチャンネルごとの入力標準偏差（例: 0.229,0.224,0.225）。空 = モジュールの `std` 属性、なければ 0.25。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="51"/>
        <source>Keep a TorchScript backbone&apos;s weights and BatchNorm statistics as loaded; only the head and the generators train.</source>
        <translation>TorchScript バックボーンの重みと BatchNorm の統計量を読み込んだまま固定します。学習するのはヘッドと生成器だけです。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="52"/>
        <source>Keep a fine-tuned TorchScript backbone&apos;s BatchNorm statistics as loaded.</source>
        <translation>ファインチューニングする TorchScript バックボーンの BatchNorm の統計量を読み込んだまま固定します。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="53"/>
        <source>Learning rate of a fine-tuned TorchScript backbone; 0 = lr_metric.</source>
        <translation>ファインチューニングする TorchScript バックボーンの学習率。0 = lr_metric。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="54"/>
        <source>With freeze_backbone: compute each image&apos;s backbone features once and keep them in the user&apos;s cache folder (reused by later runs on the same module, images and input scale); training then runs the head on them.</source>
        <translation>freeze_backbone のとき: 各画像のバックボーン特徴量を一度だけ計算してユーザーのキャッシュフォルダに保存します（同じモジュール・画像・入力スケールの後の実行で再利用）。学習はその特徴量にヘッドを適用します。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="55"/>
        <source>Embedding size D.</source>
        <translation>埋め込みの次元 D。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="56"/>
        <source>L2-normalise embeddings (the glyph benchmark&apos;s validation folds chose it).</source>
        <translation>埋め込みを L2 正規化します（グリフベンチマークの検証フォールドで選ばれた設定）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="67"/>
        <source>Triplet margin m on squared distances (J_real and J_syn); they are at most 4 on normalised embeddings (the reference, unnormalised: 1.6).</source>
        <translation>二乗距離に対するトリプレットのマージン m（J_real と J_syn）。正規化した埋め込みでは二乗距離は最大 4 です（参照設定は正規化なしで 1.6）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="77"/>
        <source>With normalize true, L2-normalise every generator&apos;s output as the real embeddings are: the synthetic samples on the unit sphere (no effect without normalize).</source>
        <translation>normalize が true のとき、すべての生成器の出力を実埋め込みと同じく L2 正規化します。合成サンプルは単位球面上に置かれます（normalize なしでは効果はありません）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="57"/>
        <source>Initial (learnable) GeM pooling exponent.</source>
        <translation>GeM プーリングの指数の初期値（学習可能）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="58"/>
        <source>triplet: no generation; hdml: one-stage baseline; two-stage: the method.</source>
        <translation>triplet: 生成なし。hdml: 1 段階のベースライン。two-stage: 本手法。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="59"/>
        <source>How real triplets are chosen from each P x K batch.</source>
        <translation>各 P x K バッチから実トリプレットを選ぶ方法。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="60"/>
        <source>Optimiser steps to train (the defaults were chosen on validation characters of the glyph benchmark at 600 steps).</source>
        <translation>学習する最適化ステップ数（既定値はグリフベンチマークの検証用文字で 600 ステップのときに選んだもの）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="61"/>
        <source>Random seed (recorded in the run).</source>
        <translation>乱数シード（実行に記録されます）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="62"/>
        <source>LibTorch intra-op threads; 0 = all cores.</source>
        <translation>LibTorch の演算内スレッド数。0 = 全コア。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="63"/>
        <source>Where tensors live.</source>
        <translation>テンソルを置くデバイス。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="64"/>
        <source>Adam learning rate of the metric net.</source>
        <translation>距離学習ネットワークの Adam の学習率。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="65"/>
        <source>Fractions of `steps` at which the metric learning rate is halved.</source>
        <translation>距離学習の学習率を半分にする時点（`steps` に対する割合）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="66"/>
        <source>Weight decay of the metric net.</source>
        <translation>距離学習ネットワークの重み減衰。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="68"/>
        <source>Window of the running means that drive the adaptive schedules.</source>
        <translation>適応スケジュールを動かす移動平均の窓幅。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="69"/>
        <source>w: scale of adversarial and ART terms (reference 1e3).</source>
        <translation>w: 敵対的損失項と ART 項の係数（参照設定 1e3）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="70"/>
        <source>R: scale of reconstruction terms (reference 100).</source>
        <translation>R: 再構成項の係数（参照設定 100）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="71"/>
        <source>lambda_cls of the softmax term (reference 0.4; 400 reproduces the released code&apos;s w-squared weighting of G2&apos;s label terms, validated best).</source>
        <translation>softmax 項の lambda_cls（参照設定 0.4。400 は公開コードの G2 のラベル項に対する w の二乗の重み付けを再現し、検証で最良）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="72"/>
        <source>Schedule constant of p_t = exp(-beta / Jbar) and of the ART margin (reference 1e5, coupled to the loss scales).</source>
        <translation>p_t = exp(-beta / Jbar) と ART マージンのスケジュール定数（参照設定 1e5。損失のスケールと連動）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="73"/>
        <source>Adam learning rate of generators (reference 1e-2; 1e-3 validated better).</source>
        <translation>生成器の Adam の学習率（参照設定 1e-2。検証では 1e-3 の方が良好）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="74"/>
        <source>Adam learning rate of discriminators and the softmax classifier.</source>
        <translation>識別器と softmax 分類器の Adam の学習率。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="75"/>
        <source>Discriminator updates per step (the reference: 3).</source>
        <translation>ステップあたりの識別器の更新回数（参照設定: 3）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="76"/>
        <source>plain: a generator&apos;s MLP output is the sample; residual: x + MLP(x), starting as the identity (its last layer zeroed); stage1-residual: G1 and GS residual, G2 plain; stage2-residual: the negatives&apos; generator residual, G1 and GS plain.</source>
        <translation>plain: 生成器の MLP の出力をそのままサンプルにします。residual: x + MLP(x)。恒等写像から始めます（最終層をゼロで初期化）。stage1-residual: G1 と GS を residual、G2 を plain にします。stage2-residual: 負例の生成器を residual、G1 と GS を plain にします。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="78"/>
        <source>Weight decay of the generators&apos; Adam (the released two-stage code: 5e-3).</source>
        <translation>生成器の Adam の重み減衰（公開されている two-stage のコード: 5e-3）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="79"/>
        <source>Steps during which J_metric uses real triplets only (p_t = 1) while the generators already train.</source>
        <translation>生成器は学習しつつ、J_metric が実トリプレットだけを使う（p_t = 1）ステップ数。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="80"/>
        <source>If &gt; 0, the running mean of the generator loss starts as a full window of this value (the released code: 1e6, p_t ~ 0.9 at first); 0 = empty.</source>
        <translation>0 より大きいと、生成器の損失の移動平均を窓いっぱいのこの値で始めます（公開コード: 1e6、最初は p_t ~ 0.9）。0 = 空から始める。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="81"/>
        <source>Scale J_syn so the gradient it sends into the embeddings is as large as J_real&apos;s (norms measured each step).</source>
        <translation>J_syn が埋め込みに送る勾配が J_real の勾配と同じ大きさになるようにスケールします（ノルムは毎ステップ測定）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="82"/>
        <source>Two-stage: normalisation in the critics&apos; hidden layers (D1, DS, D2). BatchNorm makes them blind to a batch&apos;s scale.</source>
        <translation>two-stage: 識別器（D1、DS、D2）の隠れ層の正規化。BatchNorm を使うと識別器はバッチのスケールを見分けられません。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="83"/>
        <source>Two-stage: real and generated rows through a critic in one forward pass (shared batch statistics) or one pass each.</source>
        <translation>two-stage: 実データと生成データの行を 1 回の順伝播でまとめて識別器に通す（バッチ統計量を共有）か、別々に通すか。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="84"/>
        <source>HDML: paper = its two-layer generator, squared reconstruction, hdml_* constants, interpolation driven by the real metric loss; shared = two-stage&apos;s generator, loss form and constants.</source>
        <translation>HDML: paper = 論文の 2 層の生成器、二乗再構成誤差、hdml_* の定数、実データの距離学習損失による補間。shared = two-stage の生成器・損失の形・定数。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="85"/>
        <source>HDML: alpha of the interpolation toward the anchor (its paper: 7 with the triplet loss, 90 with N-pair).</source>
        <translation>HDML: アンカーへの補間の alpha（論文: トリプレット損失で 7、N-pair で 90）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="86"/>
        <source>HDML (paper variant): beta of p_t = exp(-beta / Jbar_gen).</source>
        <translation>HDML（paper 版）: p_t = exp(-beta / Jbar_gen) の beta。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="87"/>
        <source>HDML (paper variant): weight of the squared reconstruction error.</source>
        <translation>HDML（paper 版）: 二乗再構成誤差の重み。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="88"/>
        <source>HDML (paper variant): weight of the softmax label-preserving loss.</source>
        <translation>HDML（paper 版）: ラベルを保つ softmax 損失の重み。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="89"/>
        <source>Two-stage ablations: both stages, stage 1 only, stage 2 only.</source>
        <translation>two-stage のアブレーション: 両ステージ、ステージ 1 のみ、ステージ 2 のみ。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="90"/>
        <source>symmetric: p&apos; from x_a; sequential (released code): p&apos; from a&apos;.</source>
        <translation>symmetric: p&apos; を x_a から作る。sequential（公開コード）: p&apos; を a&apos; から作る。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="91"/>
        <source>Stretch threshold: adaptive (factor x running mean of d) or fixed.</source>
        <translation>伸長しきい値: adaptive（係数 x d の移動平均）または fixed。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="92"/>
        <source>Adaptive tau = factor x mean d.</source>
        <translation>適応的な tau = 係数 x d の平均。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="93"/>
        <source>Fixed tau.</source>
        <translation>固定の tau。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="94"/>
        <source>Slope s of lambda(d) below tau.</source>
        <translation>tau 未満での lambda(d) の傾き s。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="95"/>
        <source>Reconstruction cycle GS/DS that rebuilds x from G1&apos;s output.</source>
        <translation>G1 の出力から x を復元する再構成サイクル GS/DS。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="96"/>
        <source>label: D1 also sees the class (one-hot).</source>
        <translation>label: D1 にクラスも渡します（one-hot）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="97"/>
        <source>shared: one Adam steps G1 and GS on L_G1 + L_GS; split (released code): one for L_G1 on G1, another for L_GS on GS and G1.</source>
        <translation>shared: 1 つの Adam で G1 と GS を L_G1 + L_GS について更新。split（公開コード）: L_G1 で G1 を更新する Adam と、L_GS で GS と G1 を更新する Adam を分けます。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="98"/>
        <source>Weight of matching G1&apos;s output means and spreads (per dimension) to the real anchors&apos; and positives&apos;.</source>
        <translation>G1 の出力の平均と広がり（次元ごと）を実アンカー・実ポジティブのものに合わせる項の重み。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="99"/>
        <source>Weight of mean ||g - (a&apos;, p&apos;)|| in L_G1: keeps G1&apos;s output near the stretched pair it came from.</source>
        <translation>L_G1 における mean ||g - (a&apos;, p&apos;)|| の重み。G1 の出力を、元になった引き伸ばし後のペアの近くに保ちます。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="100"/>
        <source>ART margin m_t: adaptive schedule or fixed.</source>
        <translation>ART マージン m_t: 適応スケジュールまたは固定。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="101"/>
        <source>m_lo of the adaptive margin.</source>
        <translation>適応マージンの m_lo。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="102"/>
        <source>m_hi of the adaptive margin.</source>
        <translation>適応マージンの m_hi。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="103"/>
        <source>Margin when art_margin=fixed.</source>
        <translation>art_margin=fixed のときのマージン。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="104"/>
        <source>Weight of mean ||h_n - x_n|| in L_G2: keeps a generated negative near the real negative it came from.</source>
        <translation>L_G2 における ||h_n - x_n|| の平均の重み: 生成したネガティブを元の実ネガティブの近くに保ちます。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="105"/>
        <source>label: weigh each synthetic triplet in J_syn by the softmax&apos;s P(y_a|h_a) P(y_a|h_p) (1 - P(y_a|h_n)).</source>
        <translation>label: J_syn の各合成トリプレットを softmax の P(y_a|h_a) P(y_a|h_p) (1 - P(y_a|h_n)) で重み付けします。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="106"/>
        <source>Two-stage: J_syn&apos;s gradient reaches the embeddings back through G2 and G1 (generators), or goes from each synthetic row straight to the real row it was made from (direct: same samples, no generator Jacobian).</source>
        <translation>two-stage: J_syn の勾配は G2 と G1 を逆にたどって埋め込みに届くか（generators）、各合成行から元になった実データの行へそのまま渡ります（direct: サンプルは同じで、生成器のヤコビアンを通しません）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="107"/>
        <source>Evaluate on the test classes every N steps (0 = only at the end).</source>
        <translation>N ステップごとにテストクラスで評価します（0 = 最後だけ）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="108"/>
        <source>Ks of Recall@K.</source>
        <translation>Recall@K の K。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="109"/>
        <source>Cap on test images evaluated during training, a fixed random subset (0 = all); the final evaluation always uses every test image.</source>
        <translation>学習中に評価するテスト画像の上限。固定のランダムな部分集合です（0 = すべて）。最終評価は常に全テスト画像を使います。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="110"/>
        <source>Final evaluation, verification: same-class pairs and different-class pairs used, each (all of a kind when there are fewer; else a fixed-seed sample).</source>
        <translation>最終評価の照合: 同一クラスのペアと異なるクラスのペアを、それぞれこの数だけ使います（少なければその種類をすべて、多ければ固定シードで抽出）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="111"/>
        <source>Final evaluation, verification: the false-accept rate a distance threshold is chosen for on the validation classes, then applied to the test classes.</source>
        <translation>最終評価の照合: 距離しきい値を検証クラスで選ぶときの目標他人受入率。選んだしきい値をテストクラスに適用します。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="112"/>
        <source>Store embedding snapshots and probe samples every N steps (0 = never).</source>
        <translation>N ステップごとに埋め込みのスナップショットとプローブサンプルを保存します（0 = 保存しない）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="113"/>
        <source>Size of the fixed evaluation subset stored in snapshots.</source>
        <translation>スナップショットに保存する固定の評価用部分集合のサイズ。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="114"/>
        <source>Checkpoint every N steps (0 = only at the end).</source>
        <translation>N ステップごとにチェックポイントを保存します（0 = 最後だけ）。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="115"/>
        <source>Newest checkpoints kept.</source>
        <translation>残しておく最新のチェックポイントの数。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionTableStrings.cpp" line="116"/>
        <source>Metrics log interval.</source>
        <translation>メトリクスを記録する間隔。</translation>
    </message>
    <message>
        <location filename="../experiment/OptionText.cpp" line="45"/>
        <source>an integer in [%1, %2]</source>
        <translation>[%1, %2] の整数</translation>
    </message>
    <message>
        <location filename="../experiment/OptionText.cpp" line="49"/>
        <source>a number in [%1, %2]</source>
        <translation>[%1, %2] の数値</translation>
    </message>
    <message>
        <location filename="../experiment/OptionText.cpp" line="52"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../experiment/OptionText.cpp" line="58"/>
        <source>one of: %1</source>
        <translation>次のいずれか: %1</translation>
    </message>
    <message>
        <location filename="../experiment/OptionText.cpp" line="68"/>
        <source>option &apos;%1&apos;: &apos;%2&apos; is not valid; expected %3</source>
        <translation>オプション &apos;%1&apos;: &apos;%2&apos; は無効です。%3 を指定してください</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../experiment/Presets.cpp" line="79"/>
        <source>Reference (METHOD.md)</source>
        <translation>参照設定（METHOD.md）</translation>
    </message>
    <message>
        <location filename="../experiment/Presets.cpp" line="80"/>
        <source>The method&apos;s reference settings: two-stage, both stages, adaptive tau and ART margin, w = 1e3, R = 100, beta = 1e5, learning rates 7e-5 (halved twice) / 1e-2 / 1e-3.</source>
        <translation>本手法の参照設定: two-stage、両ステージ、適応的な tau と ART マージン、w = 1e3、R = 100、beta = 1e5、学習率 7e-5（2 回半減）/ 1e-2 / 1e-3。</translation>
    </message>
    <message>
        <location filename="../experiment/Presets.cpp" line="86"/>
        <source>Fast demo</source>
        <translation>クイックデモ</translation>
    </message>
    <message>
        <location filename="../experiment/Presets.cpp" line="87"/>
        <source>A short two-stage run (300 steps, an evaluation every 100) that shows every chart within minutes.</source>
        <translation>数分ですべてのグラフが見られる短い two-stage の実行（300 ステップ、100 ステップごとに評価）。</translation>
    </message>
    <message>
        <location filename="../experiment/Presets.cpp" line="91"/>
        <source>Defaults</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../experiment/Presets.cpp" line="93"/>
        <source>Every option at the option table&apos;s default.</source>
        <translation>すべてのオプションを既定値にします。</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../common/RunStatusText.cpp" line="10"/>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../common/RunStatusText.cpp" line="10"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../common/RunStatusText.cpp" line="11"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../common/RunStatusText.cpp" line="11"/>
        <source>crashed</source>
        <translation>異常終了</translation>
    </message>
    <message>
        <location filename="../common/RunStatusText.cpp" line="12"/>
        <source>damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../common/RunStatusText.cpp" line="12"/>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
</context>
<context>
    <name>RunThumbnails</name>
    <message>
        <location filename="../common/RunThumbnails.cpp" line="30"/>
        <source>%1: cannot be read as an image</source>
        <translation>%1: 画像として読み込めません</translation>
    </message>
    <message>
        <location filename="../common/RunThumbnails.cpp" line="41"/>
        <source>%1 is %2 x %3 px, smaller than its sidecar&apos;s %4 x %5 tiles</source>
        <translation>%1 は %2 x %3 px で、付属ファイルが示す %4 x %5 タイルより小さいです</translation>
    </message>
</context>
<context>
    <name>SceneLegend</name>
    <message>
        <location filename="../embedding/SceneLegend.cpp" line="39"/>
        <source>... and %1 more</source>
        <translation>... ほか %1 件</translation>
    </message>
    <message>
        <location filename="../embedding/SceneLegend.cpp" line="78"/>
        <source>triplet violates margin</source>
        <translation>マージンを破るトリプレット</translation>
    </message>
    <message>
        <location filename="../embedding/SceneLegend.cpp" line="97"/>
        <location filename="../embedding/SceneLegend.cpp" line="162"/>
        <source>not defined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <location filename="../embedding/SceneLegend.cpp" line="115"/>
        <source>triplet within margin</source>
        <translation>マージン内のトリプレット</translation>
    </message>
</context>
<context>
    <name>SceneStyle</name>
    <message>
        <location filename="../embedding/SceneStyle.cpp" line="50"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../embedding/SceneStyle.cpp" line="52"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../embedding/SceneStyle.cpp" line="54"/>
        <source>Hardness</source>
        <translation>難度</translation>
    </message>
    <message>
        <location filename="../embedding/SceneStyle.cpp" line="56"/>
        <source>Split</source>
        <translation>分割</translation>
    </message>
</context>
<context>
    <name>StageStyle</name>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="16"/>
        <source>anchor</source>
        <translation>アンカー</translation>
    </message>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="17"/>
        <source>positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="18"/>
        <source>negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="27"/>
        <source>real</source>
        <translation>実データ</translation>
    </message>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="30"/>
        <source>stretched</source>
        <translation>伸長</translation>
    </message>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="33"/>
        <source>interpolated</source>
        <translation>補間</translation>
    </message>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="45"/>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../gallery/StageStyle.cpp" line="49"/>
        <source>%1 %2</source>
        <extracomment>A probe stage file&apos;s title: the stage (%1, e.g. &quot;G2&quot;), then the role (%2, e.g. &quot;negative&quot;).</extracomment>
        <translation>%2（%1）</translation>
    </message>
</context>
<context>
    <name>StepSamples</name>
    <message>
        <location filename="../gallery/StepSamples.cpp" line="79"/>
        <source>anchor #%1 (class %2), positive #%3, negative #%4 (class %5)</source>
        <translation>アンカー #%1（クラス %2）、ポジティブ #%3、ネガティブ #%4（クラス %5）</translation>
    </message>
    <message>
        <location filename="../gallery/StepSamples.cpp" line="87"/>
        <source> · stretch factor %1</source>
        <translation> · 伸長係数 %1</translation>
    </message>
    <message>
        <location filename="../gallery/StepSamples.cpp" line="141"/>
        <source>the decoder could not be used: %1</source>
        <translation>デコーダを使えませんでした: %1</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::ChartsView</name>
    <message>
        <location filename="../charts/ChartsView.cpp" line="27"/>
        <source>No run</source>
        <translation>実行なし</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="38"/>
        <source>Exponential moving average of step curves (0 = raw values). The hover read-out always shows the raw value too.</source>
        <translation>ステップ曲線の指数移動平均（0 = 生の値）。ホバー時の表示には常に生の値も出ます。</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="40"/>
        <location filename="../charts/ChartsView.cpp" line="94"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="43"/>
        <source>Log scale for losses</source>
        <translation>損失を対数スケールで表示</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="46"/>
        <source>Log y axis on the loss charts (zeros, e.g. satisfied hinge losses, are not drawn).</source>
        <translation>損失のグラフの y 軸を対数にします（満たされたヒンジ損失などのゼロは描きません）。</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="47"/>
        <source>Export all...</source>
        <translation>すべてエクスポート...</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="48"/>
        <source>Write every chart as PNG and its data as CSV</source>
        <translation>すべてのグラフを PNG で、そのデータを CSV で書き出します</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="56"/>
        <source>Smoothing</source>
        <translation>平滑化</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="76"/>
        <source>Hover a chart for values; right-click it for log scale and export</source>
        <translation>グラフにカーソルを合わせると値を表示、右クリックで対数スケールとエクスポート</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="186"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#8212; &amp;#8212;&lt;/span&gt;&amp;nbsp;raw pixels, no training&amp;nbsp;&amp;nbsp; </source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#8212; &amp;#8212;&lt;/span&gt;&amp;nbsp;生ピクセル（学習なし）&amp;nbsp;&amp;nbsp; </translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="193"/>
        <source>Event markers: vertical lines on the charts; evaluations are ticks on the bottom edge.</source>
        <translation>イベントマーカー: グラフ上の縦線。評価は下端の目盛りです。</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="197"/>
        <source>Dashed lines: Recall@1 and MAP@R of the test images&apos; raw pixels, the floor a trained embedding must clear.</source>
        <translation>破線: テスト画像の生ピクセルでの Recall@1 と MAP@R。学習した埋め込みが上回るべき下限です。</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="208"/>
        <source>cannot write &apos;%1.png&apos;</source>
        <translation>&apos;%1.png&apos; に書き込めません</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="217"/>
        <source>Export every chart into</source>
        <translation>すべてのグラフのエクスポート先</translation>
    </message>
    <message>
        <location filename="../charts/ChartsView.cpp" line="220"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::CompareView</name>
    <message>
        <location filename="../compare/CompareReport.cpp" line="24"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../compare/CompareReport.cpp" line="88"/>
        <source>Grindstone comparison</source>
        <translation>Grindstone 比較</translation>
    </message>
    <message numerus="yes">
        <location filename="../compare/CompareReport.cpp" line="91"/>
        <source>&lt;h1&gt;Run comparison&lt;/h1&gt;&lt;p&gt;%n runs of %1, written %2. Metrics are the last evaluation&apos;s on the test classes (never the best one), in percent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h1&gt;実行の比較&lt;/h1&gt;&lt;p&gt;%1 の %n 件の実行、%2 に作成。指標はテストクラスでの最後の評価の値（最良値ではありません）で、単位は % です。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../compare/CompareReport.cpp" line="97"/>
        <source>&lt;h2&gt;Runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;実行&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../compare/CompareReport.cpp" line="98"/>
        <source>&lt;h2&gt;Configuration (differences only)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;設定（差分のみ）&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../compare/CompareReport.cpp" line="99"/>
        <source>&lt;h2&gt;Configuration&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;設定&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../compare/CompareReport.cpp" line="101"/>
        <source>&lt;h2&gt;Curves&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;曲線&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../compare/CompareReport.cpp" line="105"/>
        <source>&lt;h2&gt;Verification&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;照合&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="78"/>
        <source>Filter runs (name, method, miner, status...)</source>
        <translation>実行を絞り込み（名前、手法、マイナー、状態...）</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="80"/>
        <source>Group seeds (mean ± std)</source>
        <translation>シードをまとめる（平均 ± 標準偏差）</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="82"/>
        <source>One row per set of finished runs whose options differ only by seed (and bookkeeping such as threads or logging cadence)</source>
        <translation>シード（とスレッド数や記録間隔などの管理用の設定）だけが異なる完了済みの実行をまとめて 1 行にします</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="84"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="105"/>
        <location filename="../compare/CompareView.cpp" line="266"/>
        <source>Select two or more runs (Ctrl/Shift+click) to compare them.</source>
        <translation>比較する実行を 2 つ以上選んでください（Ctrl/Shift+クリック）。</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="106"/>
        <source>Differences only</source>
        <translation>差分のみ</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="109"/>
        <source>x: step</source>
        <translation>x: ステップ</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="109"/>
        <source>x: training time</source>
        <translation>x: 学習時間</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="110"/>
        <source>Export report...</source>
        <translation>レポートをエクスポート...</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="138"/>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="140"/>
        <source>Verification</source>
        <translation>照合</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="141"/>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="184"/>
        <source>Export the comparison report</source>
        <translation>比較レポートのエクスポート</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="186"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="189"/>
        <source>Report written: %1 (+ .csv)</source>
        <translation>レポートを書き出しました: %1（+ .csv）</translation>
    </message>
    <message numerus="yes">
        <location filename="../compare/CompareView.cpp" line="267"/>
        <source>Comparing %n runs</source>
        <translation>
            <numerusform>%n 件の実行を比較中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="276"/>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="290"/>
        <source>(missing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="323"/>
        <source>training time (s)</source>
        <translation>学習時間（秒）</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.cpp" line="323"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::DatasetPicker</name>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="21"/>
        <source>glyphs, fashion-mnist, a folder of IDX files (MNIST format, gzipped or not), a folder with one sub-folder of images per class, a CUB-200-2011, Cars196, Stanford Online Products or In-Shop Clothes folder as published, or a CSV list of path,label[,split]</source>
        <translation>glyphs、fashion-mnist、IDX ファイルのフォルダ（MNIST 形式、gzip 圧縮の有無は問わない）、クラスごとに画像のサブフォルダを持つフォルダ、公開時のままの CUB-200-2011・Cars196・Stanford Online Products・In-Shop Clothes のフォルダ、または path,label[,split] の CSV リスト</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="25"/>
        <source>Glyphs</source>
        <translation>グリフ</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="28"/>
        <source>The glyph benchmark: 62 characters drawn in the installed font families, built on first use into %1</source>
        <translation>グリフベンチマーク: インストール済みのフォントファミリーで描いた 62 文字。初回使用時に %1 へ作成します</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="31"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="33"/>
        <source>Fashion-MNIST from Debian&apos;s dataset-fashion-mnist: %1</source>
        <translation>Debian の dataset-fashion-mnist の Fashion-MNIST: %1</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="35"/>
        <source>Folder...</source>
        <translation>フォルダ...</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="37"/>
        <source>Choose a dataset folder: one sub-folder per class, IDX files, or a CUB-200-2011, Cars196, Stanford Online Products or In-Shop Clothes folder</source>
        <translation>データセットのフォルダを選びます: クラスごとのサブフォルダ、IDX ファイル、または CUB-200-2011・Cars196・Stanford Online Products・In-Shop Clothes のフォルダ</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="39"/>
        <source>CSV...</source>
        <translation>CSV...</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="42"/>
        <source>Choose a CSV list of images: path,label[,split] rows, paths relative to the file</source>
        <translation>画像の CSV リストを選びます: path,label[,split] の行、パスはファイルからの相対パス</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="71"/>
        <source>Choose a dataset folder</source>
        <translation>データセットのフォルダを選択</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="76"/>
        <source>Choose a CSV list of images</source>
        <translation>画像の CSV リストを選択</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="77"/>
        <source>CSV lists (*.csv);;All files (*)</source>
        <translation>CSV リスト (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="106"/>
        <source>IDX images (MNIST format)</source>
        <translation>IDX 画像（MNIST 形式）</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="108"/>
        <source>CUB-200-2011 layout (images.txt); train_classes = official uses its split</source>
        <translation>CUB-200-2011 の構成（images.txt）。train_classes = official でその分割を使います</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="112"/>
        <source>Cars196 layout (cars_annos.mat); train_classes = official uses its split</source>
        <translation>Cars196 の構成（cars_annos.mat）。train_classes = official でその分割を使います</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="116"/>
        <source>Stanford Online Products layout (Ebay_train.txt, Ebay_test.txt); train_classes = official uses its split</source>
        <translation>Stanford Online Products の構成（Ebay_train.txt、Ebay_test.txt）。train_classes = official でその分割を使います</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="120"/>
        <source>In-Shop Clothes layout (list_eval_partition.txt); train_classes = official uses its split, test queries search the gallery</source>
        <translation>In-Shop Clothes の構成（list_eval_partition.txt）。train_classes = official でその分割を使い、テストクエリでギャラリーを検索します</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="123"/>
        <source>CSV list of images (path,label[,split])</source>
        <translation>画像の CSV リスト（path,label[,split]）</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="125"/>
        <source>Image folder: %1 class sub-folders</source>
        <translation>画像フォルダ: クラスのサブフォルダ %1 個</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="141"/>
        <source>Choose a dataset folder.</source>
        <translation>データセットのフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="144"/>
        <source>Glyph benchmark (IDX images in %1)</source>
        <translation>グリフベンチマーク（%1 の IDX 画像）</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="145"/>
        <source>Glyph benchmark: drawn from the installed fonts when training starts (a few seconds), into %1</source>
        <translation>グリフベンチマーク: 学習の開始時にインストール済みのフォントから描画します（数秒）。保存先: %1</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="149"/>
        <source>Fashion-MNIST is not installed (no folder %1). Install it with
    %2
or choose another dataset.</source>
        <translation>Fashion-MNIST がインストールされていません（フォルダ %1 がありません）。次のコマンドでインストールするか
    %2
別のデータセットを選んでください。</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="154"/>
        <source>&apos;%1&apos; is not a dataset: choose a folder or a .csv list.</source>
        <translation>&apos;%1&apos; はデータセットではありません: フォルダか .csv リストを選んでください。</translation>
    </message>
    <message>
        <location filename="../experiment/DatasetPicker.cpp" line="156"/>
        <source>No dataset folder at &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; にデータセットのフォルダがありません。</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::EmbeddingView</name>
    <message>
        <location filename="../embedding/EmbeddingView.cpp" line="83"/>
        <source> · hardness %1</source>
        <translation> · 難度 %1</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingView.cpp" line="327"/>
        <source>the view could not be rendered (no OpenGL context)</source>
        <translation>ビューを描画できませんでした（OpenGL コンテキストがありません）</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingView.cpp" line="331"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::EmbeddingViewOptions</name>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="34"/>
        <source>Colour:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="44"/>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="44"/>
        <source>Which kinds of points to draw</source>
        <translation>描画する点の種類</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="50"/>
        <source>Triplets</source>
        <translation>トリプレット</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="51"/>
        <source>Lines anchor - positive and anchor - generated negative</source>
        <translation>アンカー - ポジティブ、アンカー - 生成ネガティブの線</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="57"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="61"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="63"/>
        <source>Point size in pixels</source>
        <translation>点のサイズ（ピクセル）</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="68"/>
        <source>Orthographic</source>
        <translation>平行投影</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="68"/>
        <source>Orthographic projection (off: perspective)</source>
        <translation>平行投影（オフ: 透視投影）</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="74"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="74"/>
        <source>Reset the camera (R)</source>
        <translation>カメラをリセット（R）</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="78"/>
        <source>Export PNG...</source>
        <translation>PNG をエクスポート...</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="78"/>
        <source>Save the view as a PNG image at a chosen size</source>
        <translation>ビューを指定したサイズの PNG 画像として保存します</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="102"/>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="111"/>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="118"/>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="123"/>
        <source>Export PNG</source>
        <translation>PNG のエクスポート</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="102"/>
        <source>Image size (width x height):</source>
        <translation>画像サイズ（幅 x 高さ）:</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="112"/>
        <source>&quot;%1&quot; is not a size like 2000x1600 (at most 8000 on a side).</source>
        <translation>&quot;%1&quot; は 2000x1600 のようなサイズではありません（一辺は 8000 まで）。</translation>
    </message>
    <message>
        <location filename="../embedding/EmbeddingViewOptions.cpp" line="120"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::ExperimentPanel</name>
    <message>
        <location filename="../experiment/ExperimentPanel.cpp" line="33"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../experiment/ExperimentPanel.cpp" line="33"/>
        <source>Values of your own</source>
        <translation>独自の値</translation>
    </message>
    <message>
        <location filename="../experiment/ExperimentPanel.cpp" line="42"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../experiment/ExperimentPanel.cpp" line="43"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../experiment/ExperimentPanel.cpp" line="51"/>
        <location filename="../experiment/ExperimentPanel.cpp" line="135"/>
        <source>%v / %m steps</source>
        <translation>%v / %m ステップ</translation>
    </message>
    <message>
        <location filename="../experiment/ExperimentPanel.cpp" line="55"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../experiment/ExperimentPanel.cpp" line="107"/>
        <source>Invalid value for: %1</source>
        <translation>不正な値: %1</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::GalleryView</name>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="64"/>
        <source>Stage:</source>
        <translation>ステージ:</translation>
    </message>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="67"/>
        <source>Sort:</source>
        <translation>並び順:</translation>
    </message>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="70"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gallery/GalleryView.cpp" line="203"/>
        <source>  %n selected row(s) only</source>
        <translation>
            <numerusform>  選択した %n 行のみ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="231"/>
        <source>No probe samples to show.</source>
        <translation>表示するプローブサンプルがありません。</translation>
    </message>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="235"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 samples · mean hardness %3 · violating the margin %4 · label consistent %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 サンプル · 平均難度 %3 · マージン違反 %4 · ラベル一致 %5</translation>
    </message>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="242"/>
        <source> · not negatives %1</source>
        <translation> · ネガティブでない %1</translation>
    </message>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="243"/>
        <source> · outliers %1 · spread %2× its sources&apos;</source>
        <translation> · 外れ値 %1 · 広がりは元の %2 倍</translation>
    </message>
    <message>
        <location filename="../gallery/GalleryView.cpp" line="246"/>
        <source> &lt;span style=&quot;color:#c42828&quot;&gt;&lt;b&gt;COLLAPSED&lt;/b&gt;&lt;/span&gt;</source>
        <translation> &lt;span style=&quot;color:#c42828&quot;&gt;&lt;b&gt;崩壊&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::LogPanel</name>
    <message>
        <location filename="../log/LogPanel.cpp" line="23"/>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <location filename="../log/LogPanel.cpp" line="26"/>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::MetricChart</name>
    <message>
        <location filename="../charts/MetricChart.cpp" line="244"/>
        <source>%1, raw pixels</source>
        <translation>%1（生ピクセル）</translation>
    </message>
    <message>
        <location filename="../charts/MetricChart.cpp" line="268"/>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message>
        <location filename="../charts/MetricChart.cpp" line="270"/>
        <source>No positive values to show on a log axis.</source>
        <translation>対数軸に表示できる正の値がありません。</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="79"/>
        <source>
%1 at step %2: %3</source>
        <translation>
%1（ステップ %2）: %3</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="97"/>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="106"/>
        <source> (smoothed %1)</source>
        <translation>（平滑化 %1）</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="111"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="112"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="126"/>
        <source>evaluation at step %1%2</source>
        <translation>ステップ %1 の評価%2</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="128"/>
        <source> (final, every test image)</source>
        <translation>（最終、全テスト画像）</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="174"/>
        <source>Log scale</source>
        <translation>対数スケール</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="179"/>
        <source>Export image (PNG)...</source>
        <translation>画像をエクスポート (PNG)...</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="180"/>
        <source>Export data (CSV)...</source>
        <translation>データをエクスポート (CSV)...</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="185"/>
        <source>Export chart image</source>
        <translation>グラフ画像のエクスポート</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="188"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="190"/>
        <source>Could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="192"/>
        <source>Export chart data</source>
        <translation>グラフデータのエクスポート</translation>
    </message>
    <message>
        <location filename="../charts/MetricChartInteraction.cpp" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::MetricStore</name>
    <message>
        <location filename="../charts/MetricStore.cpp" line="52"/>
        <source>training went back to step %1; %2 later logged steps discarded</source>
        <translation>学習がステップ %1 に戻りました。その後に記録された %2 ステップを破棄しました</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::OptionField</name>
    <message>
        <location filename="../experiment/OptionField.cpp" line="21"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;&lt;br&gt;Allowed: %4&lt;br&gt;Default: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3&lt;br&gt;&lt;br&gt;許容値: %4&lt;br&gt;既定値: %5</translation>
    </message>
    <message>
        <location filename="../experiment/OptionField.cpp" line="26"/>
        <source>&lt;br&gt;Unit: %1</source>
        <translation>&lt;br&gt;単位: %1</translation>
    </message>
    <message>
        <location filename="../experiment/OptionField.cpp" line="62"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::OptionForm</name>
    <message numerus="yes">
        <location filename="../experiment/OptionForm.cpp" line="121"/>
        <source>%1  (%n invalid)</source>
        <translation>
            <numerusform>%1  （不正 %n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::ParallelCoordinates</name>
    <message>
        <location filename="../tune/ParallelCoordinates.cpp" line="74"/>
        <source>No trials yet</source>
        <translation>まだ試行がありません</translation>
    </message>
    <message>
        <location filename="../tune/ParallelCoordinates.cpp" line="79"/>
        <source> (log)</source>
        <translation>（対数）</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::PointInfoPanel</name>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="28"/>
        <source>Class:</source>
        <translation>クラス:</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="29"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="30"/>
        <source>Stage:</source>
        <translation>ステージ:</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="31"/>
        <source>Split:</source>
        <translation>分割:</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="32"/>
        <source>Source row:</source>
        <translation>元の行:</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="33"/>
        <source>Hardness:</source>
        <translation>難度:</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="61"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="61"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="61"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="114"/>
        <source>no image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="152"/>
        <source>Click a point to see it here.</source>
        <translation>点をクリックするとここに表示します。</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="157"/>
        <source>&lt;b&gt;Point %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;点 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="168"/>
        <source>not defined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="171"/>
        <source>Nearest neighbours in the embedding space (%1 dimensions):</source>
        <translation>埋め込み空間（%1 次元）での最近傍:</translation>
    </message>
    <message>
        <location filename="../embedding/PointInfoPanel.cpp" line="173"/>
        <source>Nearest neighbours in the projected 3D space (the scene has no embeddings):</source>
        <translation>射影した 3D 空間での最近傍（シーンに埋め込みがありません）:</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::QaReviewPanel</name>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="25"/>
        <source>Accept (A)</source>
        <translation>承認 (A)</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="27"/>
        <source>Reject (R)</source>
        <translation>却下 (R)</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="29"/>
        <source>Note (N)</source>
        <translation>メモ (N)</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="32"/>
        <source>note: Enter saves, Esc cancels</source>
        <translation>メモ: Enter で保存、Esc で取り消し</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="37"/>
        <source>your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="40"/>
        <source>Export tags</source>
        <translation>タグをエクスポート</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="42"/>
        <source>As CSV...</source>
        <translation>CSV で...</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="43"/>
        <source>As JSON...</source>
        <translation>JSON で...</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="53"/>
        <source>Reviewer:</source>
        <translation>レビュー担当:</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="168"/>
        <source>QA tags unavailable</source>
        <translation>QA タグを使えません</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="183"/>
        <source>%1 / %2 reviewed at step %3</source>
        <translation>ステップ %3 で %1 / %2 件レビュー済み</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="186"/>
        <source> · %1: %2 / %3</source>
        <translation> · %1: %2 / %3</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="188"/>
        <source> · real samples are not reviewed</source>
        <translation> · 実サンプルはレビュー対象外</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="229"/>
        <source>Export QA tags as CSV</source>
        <translation>QA タグを CSV でエクスポート</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="229"/>
        <source>Export QA tags as JSON</source>
        <translation>QA タグを JSON でエクスポート</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="230"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gallery/QaReviewPanel.cpp" line="230"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::QaSummaryTable</name>
    <message>
        <location filename="../gallery/QaSummaryTable.cpp" line="14"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../gallery/QaSummaryTable.cpp" line="14"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../gallery/QaSummaryTable.cpp" line="14"/>
        <source>Accepted</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../gallery/QaSummaryTable.cpp" line="14"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../gallery/QaSummaryTable.cpp" line="14"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::RunBrowser</name>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="106"/>
        <source>status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="117"/>
        <source>
every option at its default</source>
        <translation>
すべてのオプションが既定値</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="118"/>
        <source>
options changed from the defaults:</source>
        <translation>
既定値から変更したオプション:</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="138"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="138"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="138"/>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="138"/>
        <source>Miner</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="138"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="139"/>
        <source>R@1</source>
        <translation>R@1</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="139"/>
        <source>MAP@R</source>
        <translation>MAP@R</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="139"/>
        <source>vs pixels</source>
        <translation>対ピクセル</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="141"/>
        <source>Recall@1 minus raw pixels&apos; Recall@1 on the same test images, in points: below zero, training made retrieval worse</source>
        <translation>同じテスト画像での Recall@1 から生ピクセルの Recall@1 を引いた値（ポイント）。ゼロ未満なら学習で検索が悪化しています</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="163"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="164"/>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="165"/>
        <source>Show the run&apos;s curves in the charts (double-click a run)</source>
        <translation>実行の曲線をグラフに表示します（実行をダブルクリックでも可）</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="166"/>
        <source>Resume run</source>
        <translation>実行を再開</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="167"/>
        <source>Continue a stopped or crashed run from its newest checkpoint</source>
        <translation>停止または異常終了した実行を最新のチェックポイントから続けます</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="193"/>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="225"/>
        <source>raw pixels: R@1 %1, MAP@R %2</source>
        <translation>生ピクセル: R@1 %1、MAP@R %2</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="239"/>
        <source>No runs yet in this workspace.</source>
        <translation>このワークスペースにはまだ実行がありません。</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="281"/>
        <source>Select a run to see its folder, status and changed options.</source>
        <translation>実行を選ぶと、そのフォルダ、状態、変更したオプションを表示します。</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="80"/>
        <source>%1 from step %2</source>
        <translation>ステップ %2 から %1</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="71"/>
        <source>started %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="72"/>
        <source>started %1, last written %2</source>
        <translation>開始 %1、最終書き込み %2</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="92"/>
        <source>rank %1 %2 s</source>
        <translation>ランク %1 %2 秒</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="95"/>
        <source>compute per step, median over the logged steps %1-%2:</source>
        <translation>1 ステップの計算時間（記録されたステップ %1-%2 の中央値）:</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="99"/>
        <source>rank 0 in exchanges %1 s</source>
        <translation>ランク 0 の通信時間 %1 秒</translation>
    </message>
    <message>
        <location filename="../runs/RunBrowser.cpp" line="110"/>
        <source>ranks (c10d): %1</source>
        <translation>ランク数 (c10d): %1</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::RunTableModel</name>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="44"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="45"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="80"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="80"/>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="80"/>
        <source>Miner</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="80"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="81"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="81"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="81"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="81"/>
        <source>R@1</source>
        <translation>R@1</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="82"/>
        <source>R@2</source>
        <translation>R@2</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="82"/>
        <source>R@4</source>
        <translation>R@4</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="82"/>
        <source>R@8</source>
        <translation>R@8</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="82"/>
        <source>NMI</source>
        <translation>NMI</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="83"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="83"/>
        <source>MAP@R</source>
        <translation>MAP@R</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="84"/>
        <source>Runs (seeds)</source>
        <translation>実行（シード）</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="140"/>
        <source>raw pixels, no training: %1</source>
        <translation>生ピクセル（学習なし）: %1</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="173"/>
        <source>%1 (seeds %2)</source>
        <translation>%1（シード %2）</translation>
    </message>
    <message>
        <location filename="../compare/RunTableModel.cpp" line="178"/>
        <source>finished x%1</source>
        <translation>完了 x%1</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::SampleListModel</name>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="56"/>
        <source>%1 row %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="61"/>
        <source>&lt;br&gt;#%1: class %2, distance %3</source>
        <translation>&lt;br&gt;#%1: クラス %2、距離 %3</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="65"/>
        <source>&lt;b&gt;%1, triplet %2&lt;/b&gt;&lt;br&gt;hardness D²(a,p) − D²(a,n) = %3 (violates the margin: %4)&lt;br&gt;intended class %5; the softmax on real embeddings says %6 (p %7)&lt;br&gt;k-th nearest real at %8 (%9× the reals&apos; median)%10&lt;br&gt;&lt;br&gt;Nearest real images (class, distance):%11</source>
        <translation>&lt;b&gt;%1、トリプレット %2&lt;/b&gt;&lt;br&gt;難度 D²(a,p) − D²(a,n) = %3（マージン違反: %4）&lt;br&gt;意図したクラス %5。実データの埋め込みで学習した softmax の判定は %6（p %7）&lt;br&gt;k 番目に近い実データまでの距離 %8（実データの中央値の %9 倍）%10&lt;br&gt;&lt;br&gt;最も近い実画像（クラス、距離）:%11</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="72"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="72"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="78"/>
        <source> — an outlier</source>
        <translation> — 外れ値</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="139"/>
        <source>Triplet row</source>
        <translation>トリプレットの行</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="141"/>
        <source>Hardness (hardest first)</source>
        <translation>難度（難しい順）</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="143"/>
        <source>Label probability (lowest first)</source>
        <translation>ラベル確率（低い順）</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="145"/>
        <source>Distance to data (farthest first)</source>
        <translation>データまでの距離（遠い順）</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="153"/>
        <source>All samples</source>
        <translation>すべてのサンプル</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="155"/>
        <source>Any flag</source>
        <translation>いずれかのフラグ</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="157"/>
        <source>Violates margin</source>
        <translation>マージン違反</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="159"/>
        <source>Label inconsistent</source>
        <translation>ラベル不一致</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="161"/>
        <source>Not a negative</source>
        <translation>ネガティブでない</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="163"/>
        <source>Outlier</source>
        <translation>外れ値</translation>
    </message>
    <message>
        <location filename="../gallery/SampleListModel.cpp" line="165"/>
        <source>Not reviewed yet</source>
        <translation>未レビュー</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::SampleTileDelegate</name>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="61"/>
        <source>not decoded</source>
        <translation>未デコード</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="61"/>
        <source>no decoder</source>
        <translation>デコーダなし</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="75"/>
        <source>#%1 · class %2</source>
        <translation>#%1 · クラス %2</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="79"/>
        <source>hardness %1</source>
        <translation>難度 %1</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="80"/>
        <source>classified as intended (p %1)</source>
        <translation>意図どおりに分類（p %1）</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="82"/>
        <source>classified as %1 (p %2)</source>
        <translation>%1 に分類（p %2）</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="85"/>
        <source>k-th real dist. %1× median</source>
        <translation>k 近傍距離: 中央値の %1 倍</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="87"/>
        <source>k-NN in anchor class: %1%</source>
        <translation>k-NN のアンカークラス率: %1%</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="98"/>
        <source>violates margin</source>
        <translation>マージン違反</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="99"/>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="100"/>
        <source>not a negative</source>
        <translation>非ネガティブ</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="101"/>
        <source>outlier</source>
        <translation>外れ値</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="104"/>
        <source>✓ accepted</source>
        <translation>✓ 承認</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="105"/>
        <source>✗ rejected</source>
        <translation>✗ 却下</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="107"/>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../gallery/SampleTileDelegate.cpp" line="107"/>
        <source> + note</source>
        <translation> + メモ</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::SamplesView</name>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="32"/>
        <source>Train decoder</source>
        <translation>デコーダを学習</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="35"/>
        <source>Fit an embedding -&gt; image decoder on this run&apos;s training images for the checkpoint nearest this step (runs in the background)</source>
        <translation>このステップに最も近いチェックポイントについて、この実行の学習画像で埋め込み -&gt; 画像のデコーダを学習します（バックグラウンドで実行）</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="41"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="52"/>
        <source>Probe step:</source>
        <translation>プローブのステップ:</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="80"/>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="81"/>
        <source>Triplet inspector</source>
        <translation>トリプレット詳細</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="82"/>
        <source>QA summary</source>
        <translation>QA の集計</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="115"/>
        <source>QA tags exported to %1</source>
        <translation>QA タグを %1 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="134"/>
        <source>Open a run or start training.</source>
        <translation>実行を開くか、学習を開始してください。</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="147"/>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="151"/>
        <source>No probe batch stored yet: the first comes with the first snapshot (snapshot_every).</source>
        <translation>まだプローブバッチが保存されていません: 最初のスナップショット（snapshot_every）で保存されます。</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="153"/>
        <source>This run has no stored probe batch with a snapshot.</source>
        <translation>この実行にはスナップショット付きで保存されたプローブバッチがありません。</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="179"/>
        <source>Computing the quality figures of step %1...</source>
        <translation>ステップ %1 の品質指標を計算しています...</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="224"/>
        <source>Step %1 · m_t %2 · %3, triplet %4 · from %5</source>
        <translation>ステップ %1 · m_t %2 · %3、トリプレット %4 · 元: %5</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="237"/>
        <source>Decoded images: held-out MSE %1, mean image %2</source>
        <translation>デコード画像: ホールドアウト MSE %1、平均画像 %2</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="241"/>
        <source> (decoder of step %1)</source>
        <translation>（ステップ %1 のデコーダ）</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="244"/>
        <source>Mean squared pixel error (pixels in [0, 1]) on %1 held-out real images: %2 after training, %3 untrained, %4 for the mean training image. A decoded picture is only as trustworthy as this gap.</source>
        <translation>ホールドアウトした実画像 %1 枚での平均二乗ピクセル誤差（ピクセル値は [0, 1]）: 学習後 %2、未学習 %3、学習画像の平均画像 %4。デコード画像の信頼性はこの差で決まります。</translation>
    </message>
    <message>
        <location filename="../gallery/SamplesView.cpp" line="253"/>
        <source>No decoder yet: train one to see generated samples as images</source>
        <translation>デコーダがまだありません: 学習すると生成サンプルを画像で見られます</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::StageQualityTable</name>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="24"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="24"/>
        <source>Hardness</source>
        <translation>難度</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="24"/>
        <source>Violate</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="24"/>
        <source>Label ok</source>
        <translation>ラベル一致</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="25"/>
        <source>Not neg.</source>
        <translation>非ネガ</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="25"/>
        <source>Outliers</source>
        <translation>外れ値</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="25"/>
        <source>Diversity</source>
        <translation>多様性</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="25"/>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="27"/>
        <source>The probe batch&apos;s stage files; hover one for its file name and size</source>
        <translation>プローブバッチのステージファイル。カーソルを合わせるとファイル名とサイズを表示します</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="28"/>
        <source>Mean D²(a, p) − D²(a, n) of the stage&apos;s triplets: higher is harder</source>
        <translation>ステージのトリプレットの D²(a, p) − D²(a, n) の平均: 大きいほど難しい</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="29"/>
        <source>Share of triplets inside the metric margin</source>
        <translation>距離学習のマージン内にあるトリプレットの割合</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="30"/>
        <source>Share the softmax trained on real embeddings gives the intended class</source>
        <translation>実データの埋め込みで学習した softmax が意図したクラスと判定する割合</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="31"/>
        <source>Negatives whose nearest real neighbours are mostly the anchor&apos;s class</source>
        <translation>最も近い実データの大半がアンカーのクラスであるネガティブ</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="32"/>
        <source>Samples farther from the real data than the reals&apos; 99th percentile</source>
        <translation>実データからの距離が実データの 99 パーセンタイルを超えるサンプル</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="33"/>
        <source>Spread against the spread of the real sources; red: collapsed</source>
        <translation>元の実データの広がりに対する広がり。赤: 崩壊</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="34"/>
        <source>QA verdicts at this step: accepted / rejected</source>
        <translation>このステップの QA 判定: 承認 / 却下</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="56"/>
        <source>%1: %2 samples</source>
        <translation>%1: %2 サンプル</translation>
    </message>
    <message>
        <location filename="../gallery/StageQualityTable.cpp" line="69"/>
        <source>collapsed</source>
        <translation>崩壊</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::TripletInspector</name>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="73"/>
        <source>Triplet:</source>
        <translation>トリプレット:</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="121"/>
        <source>No probe batch to show.</source>
        <translation>表示するプローブバッチがありません。</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="124"/>
        <source>Step %1 · %2</source>
        <translation>ステップ %1 · %2</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="125"/>
        <source>&lt;br&gt;Metric margin m = %1 · ART margin m&lt;sub&gt;t&lt;/sub&gt; = %2 · hardness = D²(a,p) − D²(a,n); a triplet violates the margin when hardness + m &amp;gt; 0</source>
        <translation>&lt;br&gt;距離学習のマージン m = %1 · ART マージン m&lt;sub&gt;t&lt;/sub&gt; = %2 · 難度 = D²(a,p) − D²(a,n)。難度 + m &amp;gt; 0 のときトリプレットはマージン違反です</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="152"/>
        <source>hardness</source>
        <translation>難度</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="152"/>
        <source>margin</source>
        <translation>マージン</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="165"/>
        <source>real</source>
        <translation>実データ</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="166"/>
        <source>G1 (stage 1)</source>
        <translation>G1（ステージ 1）</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="167"/>
        <source>GS (reconstr.)</source>
        <translation>GS（再構成）</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="169"/>
        <source>G2 (stage 2)</source>
        <translation>G2（ステージ 2）</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="181"/>
        <source>— (uses the real one)</source>
        <translation>—（実データを使用）</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="191"/>
        <source>#%1
class %2</source>
        <translation>#%1
クラス %2</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="193"/>
        <source>decoded</source>
        <translation>デコード</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="195"/>
        <source>; nearest real
class %1, d %2</source>
        <translation>。最近傍
クラス %1、d %2</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="200"/>
        <source>nearest real #%1
class %2, d %3</source>
        <translation>最近傍 #%1
クラス %2、d %3</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="205"/>
        <source>no image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="209"/>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="212"/>
        <source>not neg.</source>
        <translation>非ネガ</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="214"/>
        <source>outlier</source>
        <translation>外れ値</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="237"/>
        <source>violated</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../gallery/TripletInspector.cpp" line="237"/>
        <source>satisfied</source>
        <translation>充足</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::TuneView</name>
    <message>
        <location filename="../tune/TuneView.cpp" line="64"/>
        <source>Open search...</source>
        <translation>探索を開く...</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="65"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="66"/>
        <source>Train with the best setting</source>
        <translation>最良の設定で学習</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="72"/>
        <source>Search:</source>
        <translation>探索:</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="113"/>
        <source>Objective by rung</source>
        <translation>段ごとの目的値</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="114"/>
        <location filename="../tune/TuneView.cpp" line="400"/>
        <source>Running now</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="138"/>
        <source>Open a tune search folder</source>
        <translation>チューニング探索のフォルダを開く</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="144"/>
        <source>No search open. `grindstone-cli tune --out DIR` makes one; searches in the workspace are listed above.</source>
        <translation>探索が開かれていません。`grindstone-cli tune --out DIR` で作成できます。ワークスペース内の探索は上に一覧表示されます。</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="192"/>
        <source>%1 to %2 steps</source>
        <translation>%1 件を %2 ステップまで</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="193"/>
        <source> on %1 validation folds (their mean ranks them)</source>
        <translation>、検証フォールド %1 個（その平均で順位付け）</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="194"/>
        <source>%1: %2 trials of %3, objective %4 on the validation classes; rungs: %5. %6 of %2 trained to the first rung%7.</source>
        <translation>%1: %3 の %2 試行、目的値は検証クラスでの %4。段: %5。%2 試行中 %6 試行が最初の段まで学習済み%7。</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="200"/>
        <source>; a trial is training</source>
        <translation>。試行を学習中</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="207"/>
        <source> Best: %1 (%2 %3): %4.</source>
        <translation> 最良: %1（%2 %3）: %4。</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="223"/>
        <source>Trial</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="223"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="223"/>
        <source>Chosen by</source>
        <translation>選び方</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="233"/>
        <source>start: a setting the search starts from (the config&apos;s, then the defaults); quasi-random: a point spread evenly over the space; TPE: proposed by a Parzen estimator from the first rung&apos;s results</source>
        <translation>開始: 探索の出発点となる設定 (設定ファイルの値、次に既定値); 準乱数: 空間に均等に散らばる点; TPE: 最初の段の結果から Parzen 推定器が提案した設定</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="239"/>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="241"/>
        <source>quasi-random</source>
        <translation>準乱数</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="243"/>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="320"/>
        <source>variance explained</source>
        <translation>説明される分散</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="344"/>
        <source>Sensitivity: needs 4 trials</source>
        <translation>感度: 4 試行が必要</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="345"/>
        <source>% of %1 variance</source>
        <translation>%1 の分散の割合（%）</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="346"/>
        <source>Over the %1 trials at %2 steps: the share of the objective&apos;s variance the knob&apos;s bins account for</source>
        <translation>%2 ステップの %1 試行について: パラメータの区間が説明する目的値の分散の割合</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="358"/>
        <source>step (log)</source>
        <translation>ステップ（対数）</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="401"/>
        <source>Running now (%1)</source>
        <translation>実行中（%1）</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="403"/>
        <source>Training loss of the running trials: none is training</source>
        <translation>実行中の試行の学習損失: 学習中の試行はありません</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="406"/>
        <source>Training loss (J_metric) of the running trials</source>
        <translation>実行中の試行の学習損失（J_metric）</translation>
    </message>
    <message>
        <location filename="../tune/TuneView.cpp" line="409"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::VerificationChart</name>
    <message>
        <location filename="../compare/VerificationChart.cpp" line="55"/>
        <source>ROC: true-accept rate (%)</source>
        <translation>ROC: 本人受入率（%）</translation>
    </message>
    <message>
        <location filename="../compare/VerificationChart.cpp" line="56"/>
        <source>DET: false-reject rate (%)</source>
        <translation>DET: 本人拒否率（%）</translation>
    </message>
    <message>
        <location filename="../compare/VerificationChart.cpp" line="79"/>
        <source>false-accept rate (log)</source>
        <translation>他人受入率（対数）</translation>
    </message>
    <message>
        <location filename="../compare/VerificationChart.cpp" line="87"/>
        <source>false-accept rate (%)</source>
        <translation>他人受入率（%）</translation>
    </message>
</context>
<context>
    <name>grindstone::widgets::VerificationPage</name>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="31"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="31"/>
        <source>Pairs (same / different)</source>
        <translation>ペア（同一 / 異なる）</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="31"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="31"/>
        <source>EER %</source>
        <translation>EER %</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="32"/>
        <source>TAR@FAR 1e-2 %</source>
        <translation>TAR@FAR 1e-2 %</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="32"/>
        <source>TAR@FAR 1e-3 %</source>
        <translation>TAR@FAR 1e-3 %</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="32"/>
        <source>TAR@FAR 1e-4 %</source>
        <translation>TAR@FAR 1e-4 %</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="33"/>
        <source>Threshold (validation)</source>
        <translation>しきい値（検証）</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="33"/>
        <source>Test FAR %</source>
        <translation>テスト FAR %</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="33"/>
        <source>Test FRR %</source>
        <translation>テスト FRR %</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="35"/>
        <source>The distance chosen on the validation classes for the run&apos;s target false-accept rate (option verification_far)</source>
        <translation>実行の目標他人受入率（オプション verification_far）に対して検証クラスで選んだ距離</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="38"/>
        <source>What that threshold gives on the test classes: the share of different-class pairs accepted</source>
        <translation>そのしきい値でのテストクラスの結果: 受け入れた異なるクラスのペアの割合</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="41"/>
        <source>What that threshold gives on the test classes: the share of same-class pairs rejected</source>
        <translation>そのしきい値でのテストクラスの結果: 拒否した同一クラスのペアの割合</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="80"/>
        <source>%1 for FAR %2</source>
        <translation>%1（FAR %2）</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="86"/>
        <source>none (no validation classes)</source>
        <translation>なし（検証クラスなし）</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="102"/>
        <source>Pairs of test images: accepted as the same class when their embeddings are at most the threshold apart. FAR: different-class pairs accepted; TAR = 1 − FRR: same-class pairs accepted.</source>
        <translation>テスト画像のペア: 埋め込みの距離がしきい値以下なら同一クラスとして受け入れます。FAR: 受け入れた異なるクラスのペア。TAR = 1 − FRR: 受け入れた同一クラスのペア。</translation>
    </message>
    <message>
        <location filename="../compare/VerificationPage.cpp" line="106"/>
        <source> No verification figures in: %1 (unfinished, or finished by an earlier version).</source>
        <translation> 照合の指標がない実行: %1（未完了、または以前のバージョンで完了）。</translation>
    </message>
</context>
</TS>
