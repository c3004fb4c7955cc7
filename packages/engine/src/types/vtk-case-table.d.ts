// vtk.js ships this table as plain JS without typings.
declare module '@kitware/vtk.js/Filters/General/ImageMarchingCubes/caseTable.js' {
  const caseTable: {
    /** Triangle edge list (triples, -1 terminated) for a Lorensen cube index. */
    getCase(index: number): readonly number[];
    /** The two cube vertices (0..7, bit0 = +x, bit1 = +y, bit2 = +z) of an edge. */
    getEdge(edge: number): readonly [number, number];
  };
  export default caseTable;
}
