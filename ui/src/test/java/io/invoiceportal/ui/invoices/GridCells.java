package io.invoiceportal.ui.invoices;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A cell of the invoice grid as the browser gets it: its Lit template filled with the row's values. */
final class GridCells {
    private GridCells() {}

    @SuppressWarnings("unchecked")
    static <T> Element cell(Grid<T> grid, int row, String columnKey) {
        LitRenderer<T> renderer = (LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer();
        String html = RenderersKt.renderLitTemplate(com.github.mvysny.kaributools.RenderersKt.getTemplate(renderer),
                renderer.getValueProviders(), GridKt._get(grid, row));
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
