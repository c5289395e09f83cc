package id.go.spbe.appregistry;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependency and plugin versions live only in the root POM (properties, dependencyManagement, pluginManagement), so
 * one file says what the platform runs on and a bump cannot leave one module behind (issue 7, "dependency versions
 * only in the root POM"). Checked over every module the root POM lists, not only this one.
 */
class BuildConventionsTest {

    private static final List<String> VERSIONED = List.of("dependency", "plugin", "artifactItem", "extension");

    @Test
    void noModulePomDeclaresADependencyOrPluginVersion() throws Exception {
        Path root = rootDirectory();
        Document parent = parse(root.resolve("pom.xml"));
        List<String> modules = texts(parent.getDocumentElement(), "module");
        assertThat(modules).as("modules of the root POM").contains("app-registry-service", "gateway");

        List<String> versioned = new ArrayList<>();
        for (String module : modules) {
            Path pom = root.resolve(module).resolve("pom.xml");
            Document document = parse(pom);
            for (String tag : VERSIONED) {
                NodeList elements = document.getElementsByTagName(tag);
                for (int i = 0; i < elements.getLength(); i++) {
                    Element element = (Element) elements.item(i);
                    if (!childTexts(element, "version").isEmpty()) {
                        versioned.add(module + "/pom.xml: " + tag + " " + childTexts(element, "artifactId"));
                    }
                }
            }
        }
        assertThat(versioned).as("versions belong in the root pom.xml").isEmpty();
    }

    /** The directory of the root POM: the parent of this module's directory (the test runs in the module). */
    private static Path rootDirectory() {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getParent();
        assertThat(root.resolve("pom.xml")).as("root POM above " + module).exists();
        return root;
    }

    private static Document parse(Path pom) throws Exception {
        assertThat(Files.isRegularFile(pom)).as(pom.toString()).isTrue();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static List<String> texts(Element element, String tag) {
        List<String> found = new ArrayList<>();
        NodeList nodes = element.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(nodes.item(i).getTextContent().trim());
        }
        return found;
    }

    /** Text of the direct children named {@code tag} (not of nested elements such as exclusions). */
    private static List<String> childTexts(Element element, String tag) {
        List<String> found = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e.getTextContent().trim());
            }
        }
        return found;
    }
}
