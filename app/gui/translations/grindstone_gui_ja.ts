<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../CommandLine.cpp" line="19"/>
        <source>&apos;%1&apos; is neither a run folder nor a run&apos;s run.json</source>
        <translation>&apos;%1&apos; は実行フォルダでも実行の run.json でもありません</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="22"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; は存在しません</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="30"/>
        <source>Grindstone: deep metric learning workbench (train, watch, compare).</source>
        <translation>Grindstone: 深層距離学習のワークベンチ（学習・監視・比較）</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="38"/>
        <source>Folder of runs the run browser lists and new runs go into.</source>
        <translation>実行ブラウザが一覧表示し、新しい実行を
保存するフォルダ。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="40"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="43"/>
        <source>Open a run folder read-only.</source>
        <translation>実行フォルダを読み取り専用で開く。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="44"/>
        <location filename="../CommandLine.cpp" line="96"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="47"/>
        <source>Apply a preset: &quot;Reference (METHOD.md)&quot;, &quot;Fast demo&quot; or &quot;Defaults&quot;.</source>
        <translation>プリセットを適用する: &quot;Reference (METHOD.md)&quot;、
&quot;Fast demo&quot;、&quot;Defaults&quot; のいずれか。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="50"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="53"/>
        <source>Set an option in the experiment panel (after the preset), as grindstone-cli&apos;s --set.</source>
        <translation>実験パネルのオプションを設定する
（プリセットの後に適用。grindstone-cli の
--set と同じ形式）。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="59"/>
        <source>Start training at once.</source>
        <translation>すぐに学習を開始する。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="62"/>
        <source>Save a picture of the window to this PNG file, then quit.</source>
        <translation>ウィンドウの画像をこの PNG ファイルに
保存して終了する。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="64"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="67"/>
        <source>Seconds to wait before the screenshot.</source>
        <translation>スクリーンショットまでの待ち時間（秒）。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="68"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="71"/>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>ウィンドウのサイズ（例: 1600x1000）。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="75"/>
        <source>The view to show first: the name of a tab in the centre (charts, embedding, samples, compare), a page of Compare (curves, verification, configuration, ...) or triplet (the Samples tab&apos;s triplet inspector).</source>
        <translation>最初に表示するビュー: 中央のタブの名前
（charts、embedding、samples、compare）、
比較のページ（curves、verification、
configuration など）、または triplet
（サンプルタブのトリプレットインスペクタ）。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="83"/>
        <source>Select these run folders (comma-separated) in the Compare view.</source>
        <translation>比較ビューでこれらの実行フォルダ
（カンマ区切り）を選択する。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="86"/>
        <source>runs</source>
        <translation>runs</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="89"/>
        <source>Language of the user interface: %1 (default: the system&apos;s).</source>
        <translation>ユーザーインターフェースの言語: %1
（既定: システムの言語）。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="92"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="97"/>
        <source>A run folder or its run.json to open read-only, as --open.</source>
        <translation>読み取り専用で開く実行フォルダまたは
その run.json（--open と同じ）。</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="99"/>
        <source>[run]</source>
        <translation>[run]</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="118"/>
        <source>one run to open, not %1</source>
        <translation>開ける実行は 1 つだけです（%1 個指定されています）</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="121"/>
        <source>a run to open and --open: give one of them</source>
        <translation>開く実行と --open が両方指定されています: どちらか一方を指定してください</translation>
    </message>
    <message>
        <location filename="../CommandLine.cpp" line="126"/>
        <source>--lang %1: no such language (%2)</source>
        <translation>--lang %1: その言語はありません（%2）</translation>
    </message>
</context>
<context>
    <name>CorePhase</name>
    <message>
        <location filename="../CorePhases.cpp" line="11"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="12"/>
        <source>nearest neighbours</source>
        <translation>近傍探索</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="13"/>
        <source>t-SNE affinities</source>
        <translation>t-SNE 類似度</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="14"/>
        <source>t-SNE (early exaggeration)</source>
        <translation>t-SNE（初期誇張）</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="15"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="16"/>
        <source>UMAP fuzzy set</source>
        <translation>UMAP ファジー集合</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="17"/>
        <source>UMAP layout</source>
        <translation>UMAP 配置</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="18"/>
        <source>loading the dataset</source>
        <translation>データセット読み込み</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="19"/>
        <source>embedding images</source>
        <translation>画像の埋め込み</translation>
    </message>
    <message>
        <location filename="../CorePhases.cpp" line="20"/>
        <source>training the decoder</source>
        <translation>デコーダの学習</translation>
    </message>
</context>
<context>
    <name>grindstone</name>
    <message>
        <location filename="../main.cpp" line="99"/>
        <source>--set &apos;%1&apos; is not of the form KEY=VALUE</source>
        <translation>--set &apos;%1&apos; が KEY=VALUE の形式ではありません</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="116"/>
        <source>cannot open run &apos;%1&apos;</source>
        <translation>実行 &apos;%1&apos; を開けません</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="127"/>
        <source>--compare: &apos;%1&apos; is not a run of the workspace &apos;%2&apos;</source>
        <translation>--compare: &apos;%1&apos; はワークスペース &apos;%2&apos; の実行ではありません</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="132"/>
        <source>--view %1: no such view (%2)</source>
        <translation>--view %1: そのビューはありません（%2）</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="138"/>
        <source>cannot write &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に書き込めません</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::CompareEmbeddings</name>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="50"/>
        <source>the two runs have no snapshot step in common (option snapshot_every)</source>
        <translation>2 つの実行に共通するスナップショットのステップがありません（オプション snapshot_every）</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="74"/>
        <source>the two runs share %1 evaluation images; more than %2 are needed (same dataset and split?)</source>
        <translation>2 つの実行に共通する評価画像は %1 枚です。%2 枚より多く必要です（データセットと分割は同じですか？）</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="135"/>
        <location filename="../CompareEmbeddings.cpp" line="181"/>
        <source>Select two runs with embedding snapshots.</source>
        <translation>埋め込みのスナップショットがある実行を 2 つ選択してください。</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="139"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="139"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="139"/>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="139"/>
        <source>Changed</source>
        <translation>変化</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="160"/>
        <source>The 3D views need OpenGL: %1</source>
        <translation>3D ビューには OpenGL が必要です: %1</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="184"/>
        <source>Projecting both runs&apos; snapshots...</source>
        <translation>両方の実行のスナップショットを射影しています...</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="209"/>
        <source>Cannot compare the embeddings: %1</source>
        <translation>埋め込みを比較できません: %1</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="214"/>
        <source>%1 (rotated onto the left)</source>
        <translation>%1（左側に合わせて回転）</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="228"/>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="228"/>
        <source>train</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../CompareEmbeddings.cpp" line="235"/>
        <source>Step %1: %2 shared evaluation images; their %3 nearest neighbours changed by %4% on average between the runs (the %5 most changed are ringed in both views)</source>
        <translation>ステップ %1: 共通の評価画像 %2 枚。その %3 近傍は実行間で平均 %4% 変化しました（変化の大きい %5 点を両方のビューで丸で囲んでいます）</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::CompareSamples</name>
    <message>
        <location filename="../CompareSamples.cpp" line="25"/>
        <source>Select two runs with stored probe batches (option snapshot_every).</source>
        <translation>プローブバッチが保存された実行を 2 つ選択してください（オプション snapshot_every）。</translation>
    </message>
    <message>
        <location filename="../CompareSamples.cpp" line="90"/>
        <source>Probe step:</source>
        <translation>プローブのステップ:</translation>
    </message>
    <message>
        <location filename="../CompareSamples.cpp" line="131"/>
        <source>The two runs have no probe step in common (both need snapshots at the same steps: option snapshot_every).</source>
        <translation>2 つの実行に共通するプローブのステップがありません（両方に同じステップのスナップショットが必要です: オプション snapshot_every）。</translation>
    </message>
    <message>
        <location filename="../CompareSamples.cpp" line="145"/>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <location filename="../CompareSamples.cpp" line="152"/>
        <source>Assessing both runs&apos; probe batches of step %1...</source>
        <translation>両方の実行のステップ %1 のプローブバッチを評価しています...</translation>
    </message>
    <message>
        <location filename="../CompareSamples.cpp" line="178"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — step %2, ART margin m&lt;sub&gt;t&lt;/sub&gt; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — ステップ %2、ART マージン m&lt;sub&gt;t&lt;/sub&gt; %3</translation>
    </message>
    <message>
        <location filename="../CompareSamples.cpp" line="189"/>
        <source>Step %1 of both runs. Red: flagged figures. The stage chosen on one side is shown on both.</source>
        <translation>両方の実行のステップ %1。赤: 要注意の値。片側で選んだステージを両側に表示します。</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::EmbeddingTab</name>
    <message>
        <location filename="../EmbeddingTab.cpp" line="66"/>
        <source>PCA (aligned)</source>
        <translation>PCA（整列）</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="71"/>
        <source>PCA: fitted on the evaluation subset, aligned from step to step. t-SNE / UMAP: each step starts from the previous one&apos;s layout, so frames stay comparable.</source>
        <translation>PCA: 評価サブセットで当てはめ、ステップ間で整列します。t-SNE / UMAP: 各ステップを前のステップの配置から始めるので、フレーム同士を比較できます。</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="76"/>
        <source>no run</source>
        <translation>実行なし</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="81"/>
        <source>Play the stored snapshots from the first to the last</source>
        <translation>保存されたスナップショットを最初から最後まで再生</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="82"/>
        <source>Follow training</source>
        <translation>学習に追従</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="84"/>
        <source>Show each new snapshot of a live run as it is stored</source>
        <translation>学習中の実行の新しいスナップショットを保存されるたびに表示</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="89"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="97"/>
        <source>Layout</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="115"/>
        <source>The 3D view needs OpenGL: %1</source>
        <translation>3D ビューには OpenGL が必要です: %1</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="186"/>
        <source>No embedding snapshot stored yet (option snapshot_every).</source>
        <translation>埋め込みのスナップショットはまだ保存されていません（オプション snapshot_every）。</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="196"/>
        <source>no snapshots</source>
        <translation>スナップショットなし</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="201"/>
        <source>step %1 (%2 of %3)</source>
        <translation>ステップ %1（%2 / %3）</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="242"/>
        <source>%1 of %2 points at step %3 (%4 evaluation, %5 probe) in %6 s%7</source>
        <translation>%1: ステップ %3 の %2 点（評価 %4、プローブ %5）、%6 秒%7</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="250"/>
        <source>; m_t %1</source>
        <translation>、m_t %1</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="267"/>
        <source>Cannot show this step: %1</source>
        <translation>このステップを表示できません: %1</translation>
    </message>
    <message>
        <location filename="../EmbeddingTab.cpp" line="270"/>
        <source>Projection cancelled.</source>
        <translation>射影をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="54"/>
        <source>Grindstone</source>
        <translation>Grindstone</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="62"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="65"/>
        <source>Embedding</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="67"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="76"/>
        <source>Embeddings</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="81"/>
        <location filename="../MainWindowSamples.cpp" line="19"/>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="154"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="157"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="160"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="164"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="184"/>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="190"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="196"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="212"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="213"/>
        <source>&amp;Open run folder...</source>
        <translation>実行フォルダを開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="216"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="219"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="222"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="226"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="227"/>
        <source>&amp;About Grindstone</source>
        <translation>Grindstone について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="228"/>
        <source>About Grindstone</source>
        <translation>Grindstone について</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="229"/>
        <source>&lt;b&gt;Grindstone %1&lt;/b&gt;&lt;br&gt;Deep metric learning with two-stage hard-sample generation.&lt;br&gt;Runs are saved in %2</source>
        <translation>&lt;b&gt;Grindstone %1&lt;/b&gt;&lt;br&gt;2 段階のハードサンプル生成による深層距離学習。&lt;br&gt;実行の保存先: %2</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="270"/>
        <source>font families</source>
        <translation>フォントファミリー</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="272"/>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="280"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="286"/>
        <source>Tune</source>
        <translation>チューニング</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="292"/>
        <source>Train with the best setting</source>
        <translation>最良の設定で学習</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="40"/>
        <source>cannot create the workspace &apos;%1&apos;</source>
        <translation>ワークスペース &apos;%1&apos; を作成できません</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="54"/>
        <source>Live: %1</source>
        <translation>学習中: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="55"/>
        <location filename="../MainWindowRuns.cpp" line="73"/>
        <location filename="../MainWindowRuns.cpp" line="107"/>
        <source>%1 - Grindstone</source>
        <translation>%1 - Grindstone</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="56"/>
        <source>Training %1 (miner %2, %3 steps, seed %4) into %5</source>
        <translation>%1 を学習します（マイナー %2、%3 ステップ、シード %4）。保存先: %5</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="76"/>
        <source>Following: %1 (trained elsewhere, read-only)</source>
        <translation>追跡中: %1（別のプロセスで学習中、読み取り専用）</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="77"/>
        <location filename="../MainWindowRuns.cpp" line="97"/>
        <source>Read-only: %1</source>
        <translation>読み取り専用: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="82"/>
        <source>Opened %1 read-only: %2, %3</source>
        <comment>folder, steps logged, evaluations</comment>
        <translation>%1 を読み取り専用で開きました: %2、%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindowRuns.cpp" line="83"/>
        <source>%n steps logged</source>
        <translation>
            <numerusform>記録済み %n ステップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindowRuns.cpp" line="84"/>
        <source>%n evaluations</source>
        <translation>
            <numerusform>評価 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="98"/>
        <source>%1: the process training it let go of it</source>
        <translation>%1: 学習していたプロセスが実行を終えました</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="106"/>
        <source>Live: %1 (resumed)</source>
        <translation>学習中: %1（再開）</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="108"/>
        <source>Resuming %1</source>
        <translation>%1 を再開します</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="115"/>
        <source>Finished: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="119"/>
        <source>Stopped: %1</source>
        <translation>停止: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="123"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="126"/>
        <source>The run failed: see the log</source>
        <translation>実行が失敗しました: ログを確認してください</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="145"/>
        <source>Stopping the run so it is saved before closing...</source>
        <translation>閉じる前に保存するため、実行を停止しています...</translation>
    </message>
    <message>
        <location filename="../MainWindowRuns.cpp" line="156"/>
        <source>Open a run folder</source>
        <translation>実行フォルダを開く</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::ProjectionWorker</name>
    <message>
        <location filename="../ProjectionWorker.cpp" line="26"/>
        <source>reading step %1</source>
        <translation>ステップ %1 を読み込み中</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::SamplesController</name>
    <message>
        <location filename="../SamplesController.cpp" line="104"/>
        <source>%1 has no checkpoint to train a decoder for</source>
        <translation>%1 にはデコーダを学習するためのチェックポイントがありません</translation>
    </message>
    <message>
        <location filename="../SamplesController.cpp" line="109"/>
        <source>Training the decoder of checkpoint step %1...</source>
        <translation>チェックポイント（ステップ %1）のデコーダを学習しています...</translation>
    </message>
    <message>
        <location filename="../SamplesController.cpp" line="112"/>
        <source>Training a decoder for %1, checkpoint step %2</source>
        <translation>%1 のデコーダを学習します（チェックポイントのステップ %2）</translation>
    </message>
    <message>
        <location filename="../SamplesController.cpp" line="132"/>
        <source>Decoder of step %1 trained in %2 s: held-out MSE %3 (untrained %4, mean image %5)</source>
        <translation>ステップ %1 のデコーダを %2 秒で学習しました: ホールドアウト MSE %3（未学習 %4、平均画像 %5）</translation>
    </message>
    <message>
        <location filename="../SamplesController.cpp" line="140"/>
        <source>Decoder training cancelled</source>
        <translation>デコーダの学習をキャンセルしました</translation>
    </message>
    <message>
        <location filename="../SamplesController.cpp" line="142"/>
        <source>Decoder training failed: %1</source>
        <translation>デコーダの学習に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::TrainingController</name>
    <message>
        <location filename="../TrainingController.cpp" line="33"/>
        <source>Final evaluation at step %1:</source>
        <translation>ステップ %1 の最終評価:</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="35"/>
        <source>Evaluation at step %1:</source>
        <translation>ステップ %1 の評価:</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="42"/>
        <source>%1 test queries against a gallery of %2</source>
        <translation>テストクエリ %1 件、ギャラリー %2 枚</translation>
    </message>
    <message numerus="yes">
        <location filename="../TrainingController.cpp" line="47"/>
        <source>%n test images</source>
        <translation>
            <numerusform>テスト画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="49"/>
        <source>, MAP@R %1 (%2, %3 s)</source>
        <translation>、MAP@R %1（%2、%3 秒）</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="100"/>
        <source>threads = 0: training on %1 of %2 cores (one is left for the window)</source>
        <translation>threads = 0: %2 コア中 %1 コアで学習します（1 コアはウィンドウ用に残します）</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="190"/>
        <source>resumed from the checkpoint of step %1</source>
        <translation>ステップ %1 のチェックポイントから再開</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="236"/>
        <source>%1 at step %2: %3</source>
        <translation>%1（ステップ %2）: %3</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="247"/>
        <location filename="../TrainingController.cpp" line="263"/>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="249"/>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="251"/>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="253"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="255"/>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="267"/>
        <source>Drawing the glyph benchmark (first use only)...</source>
        <translation>グリフのベンチマークを描画しています（初回のみ）...</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="268"/>
        <source>Loading the data and building the networks...</source>
        <translation>データを読み込み、ネットワークを構築しています...</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="271"/>
        <source>Paused at step %1</source>
        <translation>ステップ %1 で一時停止中</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="273"/>
        <source>Stopping: saving a checkpoint at step %1...</source>
        <translation>停止中: ステップ %1 のチェックポイントを保存しています...</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="278"/>
        <source>Computing the backbone&apos;s features (cached for later runs)...</source>
        <translation>バックボーンの特徴量を計算しています（以降の実行用にキャッシュします）...</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="279"/>
        <source>Evaluating the untrained network...</source>
        <translation>未学習のネットワークを評価しています...</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="281"/>
        <source>Final evaluation on every test image...</source>
        <translation>全テスト画像で最終評価をしています...</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="283"/>
        <source>Training...</source>
        <translation>学習しています...</translation>
    </message>
    <message>
        <location filename="../TrainingController.cpp" line="284"/>
        <source>%1 steps/s, ETA %2</source>
        <translation>%1 ステップ/秒、残り %2</translation>
    </message>
</context>
<context>
    <name>grindstone::gui::TrainingWorker</name>
    <message numerus="yes">
        <location filename="../TrainingWorker.cpp" line="23"/>
        <source>finished at step %1 (final evaluation on %n test images)</source>
        <translation>
            <numerusform>ステップ %1 で完了（テスト画像 %n 枚で最終評価）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../TrainingWorker.cpp" line="105"/>
        <source>diverged: a loss or weight stayed NaN/Inf after %1 rollbacks; saved at its last good checkpoint (step %2), resumable with lower learning rates</source>
        <translation>発散: %1 回のロールバック後も損失または重みが NaN/Inf のままでした。最後の正常なチェックポイント（ステップ %2）で保存しました。学習率を下げれば再開できます</translation>
    </message>
    <message>
        <location filename="../TrainingWorker.cpp" line="114"/>
        <source>stopped at step %1; resumable from its checkpoint</source>
        <translation>ステップ %1 で停止。チェックポイントから再開できます</translation>
    </message>
</context>
</TS>
