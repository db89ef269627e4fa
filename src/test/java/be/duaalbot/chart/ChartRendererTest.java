package be.duaalbot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.ChartModel;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Table;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The charts of the acceptance questions: their models, the drawn datasets, and valid PNGs of the promised size. */
class ChartRendererTest {
    private static final DuaalBot BOT = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void aSeriesOverTheYearsIsALineWithAPointPerYear() throws Exception {
        ChartModel model = chart("evolutie overeenkomsten horeca");
        assertEquals(ChartModel.Kind.SERIES, model.kind());
        assertEquals(1, model.series().size());
        Table table = BOT.data().tableWith("agreements", "Horeca").orElseThrow();
        assertEquals(table.yearsOf("Horeca").size(), model.pointCount());
        // the years a footnote of the cell's own source marks (figures not yet final), whichever they are
        List<String> marked = table.yearsOf("Horeca").stream()
                .filter(y -> table.footnotesFor("Horeca", y).stream().anyMatch(f -> !f.schoolYears().isEmpty())).toList();
        assertEquals(marked, model.incomplete());
        CategoryDataset data = dataset(model);
        for (String year : table.yearsOf("Horeca")) {
            assertEquals(marked.contains(year), data.getColumnKeys().contains(year + model.incompleteMarker()) && !model.incompleteMarker().isEmpty(),
                    () -> year + " marked as the data says: " + data.getColumnKeys());
        }
        assertTrue(model.title().contains("Horeca"), model.title());
        assertTrue(model.caption().contains("677"), "the source is the caption: " + model.caption());
        assertPng(model);
    }

    @Test
    void aRankingIsHorizontalBarsInRankOrder() throws Exception {
        ChartModel model = chart("top 10 sectoren erkenningen 2022-2023");
        assertEquals(ChartModel.Kind.RANKING, model.kind());
        assertEquals(10, model.pointCount());
        CategoryPlot plot = renderer.build(model, Locale.ROOT).getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        Table table = BOT.data().table("recognitions", "sector").orElseThrow();
        int most = table.memberRows().stream().mapToInt(r -> table.value(r.label(), "2022-2023").orElse(-1)).max().orElseThrow();
        assertEquals(most, table.value((String) plot.getDataset().getColumnKey(0), "2022-2023").getAsInt(), "the first bar is the largest");
        assertPng(model);
    }

    @Test
    void aComparisonIsGroupedBarsOneSeriesPerMember() throws Exception {
        ChartModel model = chart("vergelijk Limburg en Antwerpen overeenkomsten");
        assertEquals(ChartModel.Kind.COMPARISON, model.kind());
        CategoryDataset data = dataset(model);
        assertEquals(2, data.getRowCount());
        java.util.Set<String> years = new java.util.TreeSet<>();
        for (String member : List.of("Provincie Limburg", "Provincie Antwerpen")) {
            years.addAll(BOT.data().tableWith("agreements", member).orElseThrow().yearsOf(member));
        }
        assertEquals(years.size(), data.getColumnCount());
        assertPng(model);
    }

    @Test
    void everyChartedValueIsACellAndASingleFigureGetsNoChart() {
        Answer single = BOT.answer("horeca agreements 2022-2023");
        assertTrue(single.chart().isEmpty());
        ChartModel model = chart("overeenkomsten per provincie 2021-2022");
        for (ChartModel.Series s : model.series()) {
            for (ChartModel.Point p : s.points()) {
                int cell = BOT.data().tableWith("agreements", p.category()).orElseThrow().value(p.category(), "2021-2022").getAsInt();
                assertEquals(cell, p.value(), p.category());
            }
        }
    }

    /**
     * Issue 26: an English title, long with its glossed names, breaks between words only, never after
     * the hyphen of a school year, wherever the line's end falls (the title is tried at many lengths).
     */
    @Test
    void aLongEnglishTitleNeverBreaksASchoolYearAcrossLines() {
        ChartModel english = chart("recognitions and agreements per province");
        List<String> years = BOT.data().schoolYears();
        String members = String.join(", ", BOT.data().membersOf("sector").stream().limit(3)
                .map(m -> BOT.data().glosses().label(m, be.duaalbot.data.Language.EN)).toList());
        java.awt.Graphics2D g2 = new BufferedImage(ChartRenderer.WIDTH, ChartRenderer.HEIGHT, BufferedImage.TYPE_INT_ARGB).createGraphics();
        for (int pad = 0; pad < 24; pad++) {
            String title = "x".repeat(pad + 1) + " Recognitions and agreements · " + members + " · " + String.join(" to ", years)
                    + " · " + String.join(", ", years);
            ChartModel model = new ChartModel(english.kind(), title, english.categoryAxis(), english.valueAxis(), english.series(),
                    english.caption(), english.incomplete(), english.incompleteMarker());
            org.jfree.chart.title.TextTitle drawn = renderer.build(model, Locale.ROOT).getTitle();
            // laid out as JFreeChart lays out a title, a little narrower than the chart
            org.jfree.chart.text.TextBlock block = org.jfree.chart.text.TextUtils.createTextBlock(drawn.getText(), drawn.getFont(),
                    java.awt.Color.BLACK, ChartRenderer.WIDTH - 20, new org.jfree.chart.text.G2TextMeasurer(g2));
            List<String> lines = block.getLines().stream().map(l -> ((org.jfree.chart.text.TextLine) l).getFirstTextFragment().getText().strip()).toList();
            assertTrue(lines.size() > 1, "a title long enough to wrap: " + lines);
            assertEquals(title, String.join(" ", lines), "broken at spaces only: " + lines);
            for (String line : lines) {
                assertTrue(List.of(line.split(" ")).stream().allMatch(word -> List.of(title.split(" ")).contains(word.replaceAll("\n", ""))),
                        () -> "a word split across lines: " + lines);
            }
        }
    }

    private ChartModel chart(String question) {
        Answer answer = BOT.answer(question);
        assertTrue(answer.chart().isPresent(), () -> "no chart for " + question + ": " + answer.text());
        return answer.chart().get();
    }

    private CategoryDataset dataset(ChartModel model) {
        return renderer.build(model, Locale.ROOT).getCategoryPlot().getDataset();
    }

    private void assertPng(ChartModel model) throws Exception {
        byte[] png = renderer.png(model, Locale.forLanguageTag("nl-BE"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(ChartRenderer.WIDTH, image.getWidth());
        assertEquals(ChartRenderer.HEIGHT, image.getHeight());
    }
}
