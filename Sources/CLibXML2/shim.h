// libxml2's streaming writer, for Graph's internal XMLWriter (GraphML and GEXF exports), and its
// HTML parser, for the Collections HTML reader.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's own ICU
// module. Neither user touches the ICU converter fields, so leave them out of the import.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlIO.h>
#include <libxml/HTMLparser.h>
